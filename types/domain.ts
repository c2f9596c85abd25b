/** Domain types shared by the mini-program and the server. Plain data only: ids and ISO strings. */

/** Parse role names. "New resident" and "senior" are attributes of a resident, not roles. */
export type RoleName = 'resident' | 'steward' | 'gridLeader' | 'communityStaff' | 'streetStaff'

export const ROLE_NAMES: readonly RoleName[] = [
  'resident',
  'steward',
  'gridLeader',
  'communityStaff',
  'streetStaff',
]

export interface PlaceRef {
  id: string
  name: string
}

/** A person another resident may see: a name and a masked phone, never the full number. */
export interface Contact {
  name: string
  maskedPhone: string
}

export interface MicroGridInfo extends PlaceRef {
  gridName: string
  leader: Contact | null
}

/** What the home screen shows a resident about where they live. */
export interface HomeInfo {
  street: PlaceRef
  community: PlaceRef & { servicePhone: string | null; address: string | null }
  compound: PlaceRef
  building: PlaceRef & { room: string | null }
  /** The building's steward, with the card they wrote (introduction, duty hours, photo) when they have one. */
  steward: (Contact & { buildingId: string; intro?: string | null; dutyHours?: string | null; photoUrl?: string | null }) | null
  microGrid: MicroGridInfo | null
}

/** The signed-in person as the client sees themselves. */
export interface Me {
  userId: string
  displayName: string
  maskedPhone: string | null
  roles: RoleName[]
  hasHome: boolean
  isSenior: boolean
  isNewResident: boolean
  /**
   * The communities this person is staff of (their `communityStaff_<communityId>` roles), in the
   * street's order of communities; empty for everyone else. Street staff are known by `roles`.
   */
  staffCommunities: PlaceRef[]
}

// ── Residents: registration, guide, family, my data (issue #3) ────────────────────────────

/** A building's layout: rooms are `${unit}单元${floor}${door:02}`. */
export interface BuildingLayout extends PlaceRef {
  units: number
  floors: number
  doorsPerFloor: number
}

export interface HouseholdMember {
  /** One of RELATIONS in src/domain/registration.ts; no names, no ID numbers. */
  relation: string
}

export interface RegistrationInput {
  name: string
  phone: string
  buildingId: string
  room: string
  /** YYYY-MM-DD, at most a month ahead. */
  moveInDate: string
  /** The other people living there (not the registrant). */
  household: HouseholdMember[]
  /** Only the year is kept: enough to know a senior, no more. */
  birthYear?: number
  /** Province/city they came from, for newcomers; optional. */
  origin?: string
  workplace?: string
  consent: true
}

export type RegistrationStatus = 'pending' | 'approved' | 'rejected'

/** A registration as its resident and the reviewing staff see it. */
export interface RegistrationView {
  id: string
  status: RegistrationStatus
  name: string
  /** Full to the registrant and to staff of the community; never shown to other residents. */
  phone: string
  community: PlaceRef
  compound: PlaceRef
  building: PlaceRef
  room: string
  moveInDate: string
  birthYear: number | null
  household: HouseholdMember[]
  origin: string | null
  workplace: string | null
  submittedAt: string
  reviewedAt: string | null
  /** Why it was rejected, for the resident to correct. */
  reason: string | null
  reviewerName: string | null
  /** self: the resident; staff: entered by community staff in person; family: by a linked family member. */
  submittedBy: 'self' | 'staff' | 'family'
  submittedByName: string | null
  /** Set on approval when they moved in within the last 3 years. */
  isNewResident: boolean
  /** The Resident profile an approved registration created or updated (open it with viewResidentProfile); null before approval. */
  residentId: string | null
}

/**
 * A registration in the staff queue: enough to find and sort it, nothing more (PIPL minimum).
 * The full details come from openRegistration, which logs every opening.
 */
export interface RegistrationSummary {
  id: string
  status: RegistrationStatus
  name: string
  /** "139****0003": the full number only in the opened registration. */
  maskedPhone: string
  community: PlaceRef
  compound: PlaceRef
  building: PlaceRef
  room: string
  moveInDate: string
  submittedAt: string
  submittedBy: RegistrationView['submittedBy']
  isNewResident: boolean
}

export interface GuideItem {
  id: string
  title: string
  body: string
  order: number
  done: boolean
}

/**
 * pending: asked, waiting for the senior; confirmed: the senior agreed; declined: the senior said no;
 * withdrawn: the family member took the request back; ended: a link (or a request) ended later,
 * by either side or because an account was erased. Rows are never deleted: every request leaves a trace.
 */
export type FamilyLinkStatus = 'pending' | 'confirmed' | 'declined' | 'withdrawn' | 'ended'

export interface FamilyLinkView {
  id: string
  status: FamilyLinkStatus
  /**
   * The other person, as this side may see them. The senior sees who asks (name, masked phone).
   * The family member sees the senior's name and userId only while confirmed or after a confirmed
   * link ended; before that both are null and maskedPhone is the phone they typed, masked.
   * name is null too when the other person erased their account.
   */
  other: { userId: string | null; name: string | null; maskedPhone: string }
  createdAt: string
  /** When the request was declined or withdrawn, or the link ended; null while live. */
  closedAt: string | null
  /** Who closed it: the caller, the other person, or null (not closed, or an account was erased). */
  closedBy: 'me' | 'other' | null
}

/** One act a family member did for a senior: every act says who did it. */
export interface ActRecord {
  at: string
  actorName: string
  action: string
}

/** One opening of a person's profile or registration by someone else; clients label the role with ROLE_LABELS. */
export interface ProfileAccessRecord {
  at: string
  viewerName: string
  /** The role the viewer opened it under: communityStaff, streetStaff or steward. */
  viewerRole: RoleName
}

/** Everything held about a person, as exported by 我的数据. */
export interface MyDataExport {
  exportedAt: string
  account: { userId: string; createdAt: string; loginMethods: string[] }
  profile: {
    name: string
    phone: string | null
    community: string | null
    compound: string | null
    building: string | null
    room: string | null
    birthYear: number | null
    moveInDate: string | null
    isNewResident: boolean
    origin: string | null
    workplace: string | null
    household: HouseholdMember[]
  } | null
  roles: RoleName[]
  registrations: RegistrationView[]
  guideTicks: Array<{ title: string; at: string }>
  profileAccesses: ProfileAccessRecord[]
  familyLinks: FamilyLinkView[]
  actsForMe: ActRecord[]
  /** Later features' data about the person, by feature (help requests, activities, applications, problems…). */
  more: Record<string, unknown>
}

// ── Shared by later features: notifications and uploads ──────────────────────────────────

/** What a person can be notified of: an in-app message, and a WeChat subscription message if they accepted that kind. */
export type NotifyKind = 'urgentNotice' | 'helpUpdate' | 'activityReminder' | 'activityUpdate' | 'welfareUpdate' | 'problemUpdate' | 'familyLink'

/** What an upload is for: it decides the size limit and who may attach it. */
export type UploadPurpose = 'notice' | 'stewardPhoto' | 'help' | 'welfare' | 'welfareProgress' | 'problem'

/** An uploaded file (Parse file) as records keep it. */
export interface UploadRef {
  id: string
  url: string
  name: string
  contentType: string
  size: number
}

// ── Bulletins (issue #4) ──────────────────────────────────────────────────────────────────

export type NoticeScope = 'street' | 'community' | 'building'
export type NoticeCategory = '停水停电' | '安全提示' | '政策通知' | '活动通知' | '其他'
/** draft: saved by its publisher to finish later, seen by nobody else. */
export type NoticeStatus = 'draft' | 'published' | 'withdrawn' | 'hidden'

export interface NoticeInput {
  scope: NoticeScope
  /** The street, community or building the notice is for. */
  targetId: string
  /** At most 40 characters. */
  title: string
  /** Plain text with line breaks; links are shown as links, anything else as text. */
  body: string
  category: NoticeCategory
  pinned?: boolean
  urgent?: boolean
  /** ISO instants; expiry must come after the effective time. */
  effectiveFrom?: string
  expiresAt?: string
  /** Uploads (purpose 'notice') to show with the notice, at most 6, in order. */
  imageIds?: string[]
}

export interface NoticeListItem {
  id: string
  title: string
  category: NoticeCategory
  scope: NoticeScope
  /** The street, community or building it is for (what updateNotice takes back). */
  targetId: string
  /** 梧桐街道 / 杨家门社区 / 银杏公寓1幢 */
  scopeName: string
  /** When it takes effect (null: on publishing). */
  effectiveFrom: string | null
  pinned: boolean
  urgent: boolean
  publishedAt: string
  edited: boolean
  read: boolean
  /** Past its expiry: left the feed, still in history. */
  expired: boolean
}

export interface NoticeDetail extends NoticeListItem {
  body: string
  publisherName: string
  publisherRole: RoleName
  effectiveFrom: string | null
  expiresAt: string | null
  status: NoticeStatus
  /** The caller published it (or is staff over its scope): may edit, withdraw and see read stats. */
  canManage: boolean
  hiddenReason: string | null
  images: NoticeImage[]
}

export interface NoticeImage {
  id: string
  url: string
}

/** Where the caller may publish: their stewarded buildings, their community, the street. */
export interface PublishTarget {
  scope: NoticeScope
  targetId: string
  name: string
}

export interface NoticeReadStats {
  /** Households (building + room with a verified resident) in the notice's scope. */
  households: number
  readHouseholds: number
  /** Building notices only: the rooms whose households have not read it, for knocking on doors. */
  unreadRooms?: string[]
}
