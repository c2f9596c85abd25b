/**
 * Parameters of Red summons and the time bank. An activity's fields are checked by their kind
 * only: the rules (dates, capacity, lengths) are validateActivity's, shared with the form.
 */
import * as v from 'valibot'
import type { ActivityFilter, ActivityInput } from '../api-activities'
import { ACTIVITY_THEMES, isDay } from '@/domain/activity'
import { ACTIVITY_MESSAGES as M, WELFARE_MESSAGES } from '@/domain/messages'
import { flag, id, noParams, num, oneOf, optionalCount, optionalFlag, optionalId, optionalList, optionalNum, optionalText, optionalTextThat, paging, plainObject, ruled, text } from './rules'
import { PAGE_MAX } from './limits'

const CAMPAIGN = '召集令不对，请重新选择。'
const CAMPAIGN_PICK = '请选择召集令。'
const activityEntries = {
  title: optionalText(M.title),
  theme: optionalText(M.theme),
  startsAt: optionalText(M.startsAt),
  endsAt: optionalText(M.endsAt),
  signupDeadline: optionalText(M.signupDeadline),
  place: v.optional(plainObject(M.place)),
  capacity: optionalNum(M.capacity),
  communityIds: optionalList(M.communityIds),
  campaignId: optionalId(CAMPAIGN),
  description: optionalText('活动说明应为文字。'),
  bring: optionalText('携带物品应为文字。'),
  fixedHours: optionalNum(M.fixedHours),
  organiserPhone: optionalText(M.organiserPhone),
}

/** An activity's fields, by kind (the form's own checks are validateActivity). */
export const activityForm = v.object(activityEntries)

const day = (message: string) => optionalTextThat(message, isDay)
const activityId = { activityId: id('请选择一个活动。') }
const CODE = '请输入签到码。'
const code = { code: v.pipe(v.string(CODE), v.check((s) => s.trim().length >= 4 && s.length <= 20, CODE)) }
const VOLUNTEER = '请选择志愿者。'
const COMMUNITY = '社区不对，请重新选择。'

export const activityContract = {
  createCampaign: ruled<{ name: string; startsOn: string; endsOn: string }>()(v.object({ name: text(M.campaignName), startsOn: day(WELFARE_MESSAGES.startDate), endsOn: day(WELFARE_MESSAGES.endDate) })),
  listCampaigns: noParams,
  generateCampaignActivities: ruled<Omit<ActivityInput, 'startsAt' | 'endsAt' | 'signupDeadline' | 'campaignId'> & {
      campaignId: string
      startTime: string
      endTime: string
      deadlineHoursBefore?: number
    }>()(v.object({
      ...activityEntries,
      campaignId: id(CAMPAIGN_PICK),
      startTime: text('请选择开始时刻。'),
      endTime: text('请选择结束时刻。'),
      /** Sign-up closes this many hours before the start (default 12). */
      deadlineHoursBefore: optionalNum('报名截止应为活动前0到336小时。'),
    })),
  campaignCalendar: v.object({ campaignId: id(CAMPAIGN_PICK) }),
  createActivity: ruled<ActivityInput>()(activityForm),
  listActivities: ruled<ActivityFilter>()(v.object({
      from: day('开始日期不对。'),
      to: day('结束日期不对。'),
      communityId: optionalId(COMMUNITY),
      theme: v.optional(oneOf(ACTIVITY_THEMES, M.theme)),
      hasPlaces: optionalFlag('“只看有名额”只能选是或否。'),
      campaignId: optionalId(CAMPAIGN),
      ...paging(80, PAGE_MAX),
    })),
  getActivity: v.object(activityId),
  signUpForActivity: v.object(activityId),
  cancelSignup: v.object(activityId),
  myActivities: noParams,
  issueCheckInCode: v.object(activityId),
  checkIn: v.object({ ...activityId, ...code }),
  checkOut: v.object({ ...activityId, ...code }),
  activityRoster: v.object(activityId),
  markAttendance: v.object({ ...activityId, userId: id(VOLUNTEER), present: flag('请选择到场或缺席。') }),
  confirmAttendance: v.object(activityId),
  myTimeBank: noParams,
  adjustTimeBank: v.object({ userId: id(VOLUNTEER), hours: num(M.adjustHours), reason: text('请写明调整原因。') }),
  setLeaderboardOptIn: v.object({ optIn: flag('请选择是否上榜。') }),
  timeBankTotals: noParams,
  leaderboard: v.object({ communityId: optionalId(COMMUNITY), limit: optionalCount(100, '条数应为1到100。') }),
}
