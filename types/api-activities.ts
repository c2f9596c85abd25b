/** Cloud functions of Red summons and the time bank (issue #5); results merged into CloudResults (types/api.ts), params in types/contract. Domain types for it live here too. */
import type { PlaceRef } from './domain'

export type ActivityTheme = '国卫复查' | '文明创建' | '清洁家园' | '便民服务' | '其他'
/** open: taking sign-ups until the deadline; closed: attendance confirmed and hours credited; cancelled by staff. */
export type ActivityStatus = 'open' | 'closed' | 'cancelled'
export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled'
export type Attendance = 'present' | 'noShow'

/** Where volunteers meet: a community (and building) of the street or free text, with an optional map point. */
export interface ActivityPlace {
  text: string
  communityId?: string
  buildingId?: string
  lat?: number
  lng?: number
}

export interface ActivityInput {
  title: string
  theme: ActivityTheme
  startsAt: string
  endsAt: string
  place: ActivityPlace
  capacity: number
  signupDeadline: string
  /** Communities it is for; empty or absent: the whole street (street staff) or the creator's community. */
  communityIds?: string[]
  campaignId?: string
  description?: string
  bring?: string
  /** Hours credited whatever the clock says (e.g. 2 for a fixed shift); absent: measured. */
  fixedHours?: number
  /** Phone of the organiser (a steward, grid leader or resident of the activity's communities); absent: the creator. */
  organiserPhone?: string
}

export interface ActivityListItem {
  id: string
  title: string
  theme: ActivityTheme
  startsAt: string
  endsAt: string
  placeText: string
  capacity: number
  confirmed: number
  waitlisted: number
  placesLeft: number
  signupDeadline: string
  status: ActivityStatus
  communities: PlaceRef[]
  campaignId: string | null
  /** The caller's own sign-up, if any. */
  mine: { status: 'confirmed' | 'waitlisted'; position: number | null } | null
}

export interface ActivityDetail extends ActivityListItem {
  description: string
  bring: string
  place: ActivityPlace
  fixedHours: number | null
  organiser: { name: string; role: string }
  campaign: PlaceRef | null
  /** The caller organises it or is staff over it: may issue codes, mark attendance and confirm. */
  canManage: boolean
  myAttendance: { checkInAt: string | null; checkOutAt: string | null; attendance: Attendance | null; hours: number | null } | null
}

export interface RosterEntry {
  signupId: string
  userId: string
  name: string
  phone: string
  status: 'confirmed' | 'waitlisted'
  position: number | null
  checkInAt: string | null
  checkOutAt: string | null
  attendance: Attendance | null
  /** Hours as they would be credited now (or were credited). */
  hours: number
}

export interface Campaign {
  id: string
  name: string
  startsOn: string
  endsOn: string
  activityCount: number
}

export interface CalendarDay {
  day: string
  activities: Array<{ id: string; title: string; theme: ActivityTheme; placesLeft: number }>
}

export type LedgerSource = 'attendance' | 'adjustment'

export interface LedgerEntry {
  id: string
  hours: number
  source: LedgerSource
  activityId: string | null
  title: string
  reason: string | null
  confirmedAt: string
}

export interface MyActivity {
  id: string
  title: string
  startsAt: string
  endsAt: string
  placeText: string
  status: ActivityStatus
  signup: 'confirmed' | 'waitlisted'
  position: number | null
  attendance: Attendance | null
  hours: number | null
}

export interface LeaderboardRow {
  rank: number
  name: string
  community: string
  hours: number
  isMe: boolean
}

export interface ActivityFilter {
  from?: string
  to?: string
  communityId?: string
  theme?: ActivityTheme
  hasPlaces?: boolean
  campaignId?: string
  cursor?: string
  limit?: number
}

export interface ActivityResults {
  createCampaign: { campaignId: string }
  listCampaigns: { campaigns: Campaign[] }
  /** One activity on every Saturday (Asia/Shanghai) of the campaign, at the template's times of day. */
  generateCampaignActivities: { activityIds: string[] }
  campaignCalendar: { campaign: Campaign; days: CalendarDay[] }
  createActivity: { activityId: string }
  listActivities: { items: ActivityListItem[]; nextCursor: string | null }
  getActivity: { activity: ActivityDetail }
  signUpForActivity: { status: 'confirmed' | 'waitlisted'; position?: number }
  cancelSignup: { status: 'cancelled' }
  myActivities: { upcoming: MyActivity[]; past: MyActivity[] }
  /** The organiser's check-in code of this minute; scanning or typing it checks in (and later out). */
  issueCheckInCode: { code: string; expiresAt: string }
  checkIn: { checkInAt: string }
  checkOut: { checkOutAt: string; hours: number }
  activityRoster: { entries: RosterEntry[] }
  /** The organiser marks someone present (the activity's whole time) or a no-show, by hand. */
  markAttendance: { attendance: Attendance }
  /** Closes the activity and credits every attendance once; a second call fails. */
  confirmAttendance: { credited: number; hours: number; noShows: number }
  myTimeBank: { balanceHours: number; yearHours: number; activityCount: number; onLeaderboard: boolean; name: string; entries: LedgerEntry[] }
  /** Staff add a correction or adjustment (positive or negative) with a reason: a new entry, never an edit. */
  adjustTimeBank: { entryId: string }
  setLeaderboardOptIn: { onLeaderboard: boolean }
  timeBankTotals: { street: { hours: number; volunteers: number; activities: number }; community: (PlaceRef & { hours: number; volunteers: number }) | null }
  leaderboard: { rows: LeaderboardRow[] }
}
