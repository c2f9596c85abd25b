import type { CloudParams, CloudResult } from '@contract/api'
import type { ActivityDetail, ActivityFilter, ActivityInput, ActivityListItem, CalendarDay, Campaign, RosterEntry } from '@contract/api-activities'
import type { ApiPort } from '@/adapters/ports'
import type { Page } from '@/stores/paged-list'

export type TimeBank = CloudResult<'myTimeBank'>
export type Totals = CloudResult<'timeBankTotals'>
export type MyActivities = CloudResult<'myActivities'>
export type LeaderboardRows = CloudResult<'leaderboard'>['rows']

/** Red summons and the time bank: activities, sign-up, on-site check-in, the ledger. */
export interface ActivitiesRepository {
  list(filter: ActivityFilter, cursor: string | null): Promise<Page<ActivityListItem>>
  get(activityId: string): Promise<ActivityDetail>
  campaigns(): Promise<Campaign[]>
  calendar(campaignId: string): Promise<{ campaign: Campaign; days: CalendarDay[] }>
  create(input: ActivityInput): Promise<string>
  generate(params: CloudParams<'generateCampaignActivities'>): Promise<string[]>
  signUp(activityId: string): Promise<CloudResult<'signUpForActivity'>>
  cancel(activityId: string): Promise<void>
  mine(): Promise<MyActivities>
  issueCode(activityId: string): Promise<CloudResult<'issueCheckInCode'>>
  checkIn(activityId: string, code: string): Promise<CloudResult<'checkIn'>>
  checkOut(activityId: string, code: string): Promise<CloudResult<'checkOut'>>
  roster(activityId: string): Promise<RosterEntry[]>
  mark(activityId: string, userId: string, present: boolean): Promise<void>
  confirm(activityId: string): Promise<CloudResult<'confirmAttendance'>>
  timeBank(): Promise<TimeBank>
  totals(): Promise<Totals>
  leaderboard(params: CloudParams<'leaderboard'>): Promise<LeaderboardRows>
  setOptIn(optIn: boolean): Promise<boolean>
}

export function activitiesRepository(api: ApiPort): ActivitiesRepository {
  return {
    list: (filter, cursor) => api.call('listActivities', { ...filter, ...(cursor ? { cursor } : {}), limit: 20 }),
    get: async (activityId) => (await api.call('getActivity', { activityId })).activity,
    campaigns: async () => (await api.call('listCampaigns', {})).campaigns,
    calendar: (campaignId) => api.call('campaignCalendar', { campaignId }),
    create: async (input) => (await api.call('createActivity', input)).activityId,
    generate: async (params) => (await api.call('generateCampaignActivities', params)).activityIds,
    signUp: (activityId) => api.call('signUpForActivity', { activityId }),
    cancel: async (activityId) => void (await api.call('cancelSignup', { activityId })),
    mine: () => api.call('myActivities', {}),
    issueCode: (activityId) => api.call('issueCheckInCode', { activityId }),
    checkIn: (activityId, code) => api.call('checkIn', { activityId, code }),
    checkOut: (activityId, code) => api.call('checkOut', { activityId, code }),
    roster: async (activityId) => (await api.call('activityRoster', { activityId })).entries,
    mark: async (activityId, userId, present) => void (await api.call('markAttendance', { activityId, userId, present })),
    confirm: (activityId) => api.call('confirmAttendance', { activityId }),
    timeBank: () => api.call('myTimeBank', {}),
    totals: () => api.call('timeBankTotals', {}),
    leaderboard: async (params) => (await api.call('leaderboard', params)).rows,
    setOptIn: async (optIn) => (await api.call('setLeaderboardOptIn', { optIn })).onLeaderboard,
  }
}
