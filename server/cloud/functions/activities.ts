/** Red summons (红色召集令) and the volunteer time bank (义工时间银行), issue #5; logic under ../activities/. */
import { ACTIVITY_THEMES, isDay } from '../../../src/domain/activity'
import { defineFunction, type FieldRule } from '../define'
import { campaignCalendar, createActivity, createCampaign, generateCampaignActivities, listCampaigns } from '../activities/create'
import { getActivity, listActivities, myActivities, PAGE_MAX } from '../activities/browse'
import { adjustTimeBank, leaderboard, myTimeBank, setLeaderboardOptIn, timeBankTotals } from '../activities/ledger'
import { activityRoster, checkIn, checkOut, confirmAttendance, issueCheckInCode, markAttendance } from '../activities/onsite'
import { cancelSignup, signUp } from '../activities/signup'
import { noParams, optionalId, perMinute, requiredId } from '../validators/common'

const activityId = { activityId: requiredId('请选择一个活动。') }
const code = { code: { type: String, required: true, options: (v: unknown) => typeof v === 'string' && v.trim().length >= 4 && v.length <= 20, error: '请输入签到码。' } as FieldRule }

// Types only: the rules (dates, capacity, lengths) are validateActivity's, shared with the form.
const activityFields: Record<string, FieldRule> = {
  title: { type: String, error: '请填写活动名称。' },
  theme: { type: String, error: '请选择活动主题。' },
  startsAt: { type: String, error: '请选择开始时间。' },
  endsAt: { type: String, error: '请选择结束时间。' },
  signupDeadline: { type: String, error: '请选择报名截止时间。' },
  place: { type: Object, error: '请填写集合地点。' },
  capacity: { type: Number, error: '招募人数必须是大于0的整数。' },
  communityIds: { type: Array, error: '面向的社区不对，请重新选择。' },
  campaignId: optionalId('召集令不对，请重新选择。'),
  description: { type: String, error: '活动说明应为文字。' },
  bring: { type: String, error: '携带物品应为文字。' },
  fixedHours: { type: Number, error: '固定时长应为0.5到24之间、以半小时计的数。' },
  organiserPhone: { type: String, error: '组织者手机号应为11位数字。' },
}

const day = (error: string): FieldRule => ({ type: String, options: isDay, error })

defineFunction(
  'createCampaign',
  { requireUser: true, fields: { name: { type: String, required: true, error: '请填写召集令名称。' }, startsOn: day('请选择开始日期。'), endsOn: day('请选择结束日期。') }, rateLimit: perMinute(20) },
  ({ user, params }) => createCampaign(user!, params),
)

defineFunction('listCampaigns', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, () => listCampaigns())

defineFunction(
  'generateCampaignActivities',
  {
    requireUser: true,
    fields: {
      ...activityFields,
      campaignId: requiredId('请选择召集令。'),
      startTime: { type: String, required: true, error: '请选择开始时刻。' },
      endTime: { type: String, required: true, error: '请选择结束时刻。' },
      deadlineHoursBefore: { type: Number, error: '报名截止应为活动前0到336小时。' },
    },
    rateLimit: perMinute(10),
  },
  ({ user, params }) => generateCampaignActivities(user!, params),
)

defineFunction('campaignCalendar', { requireUser: true, fields: { campaignId: requiredId('请选择召集令。') }, rateLimit: perMinute(60) }, ({ params }) =>
  campaignCalendar(params.campaignId),
)

defineFunction('createActivity', { requireUser: true, fields: activityFields, rateLimit: perMinute(30) }, ({ user, params }) => createActivity(user!, params))

defineFunction(
  'listActivities',
  {
    requireUser: true,
    fields: {
      from: day('开始日期不对。'),
      to: day('结束日期不对。'),
      communityId: optionalId('社区不对，请重新选择。'),
      theme: { type: String, options: (v: unknown) => ACTIVITY_THEMES.includes(v as never), error: '请选择活动主题。' },
      hasPlaces: { type: Boolean, error: '“只看有名额”只能选是或否。' },
      campaignId: optionalId('召集令不对，请重新选择。'),
      cursor: { type: String, options: (v: unknown) => typeof v === 'string' && v.length <= 80, error: '翻页位置无效，请刷新列表。' },
      limit: { type: Number, options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= PAGE_MAX, error: `每页条数应为1到${PAGE_MAX}。` },
    },
    rateLimit: perMinute(120),
  },
  ({ user, params }) => listActivities(user!.id as string, params),
)

defineFunction('getActivity', { requireUser: true, fields: activityId, rateLimit: perMinute(120) }, ({ user, params }) => getActivity(user!, params.activityId))

// Sign-up is one tap in a rush: a generous limit per address (a whole community may share one NAT).
defineFunction('signUpForActivity', { requireUser: true, fields: activityId, rateLimit: perMinute(600) }, ({ user, params }) => signUp(user!, params.activityId))

defineFunction('cancelSignup', { requireUser: true, fields: activityId, rateLimit: perMinute(60) }, ({ user, params }) => cancelSignup(user!, params.activityId))

defineFunction('myActivities', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => myActivities(user!.id as string))

defineFunction('issueCheckInCode', { requireUser: true, fields: activityId, rateLimit: perMinute(120) }, ({ user, params }) => issueCheckInCode(user!, params.activityId))

defineFunction('checkIn', { requireUser: true, fields: { ...activityId, ...code }, rateLimit: perMinute(300) }, ({ user, params }) => checkIn(user!, params.activityId, params.code))

defineFunction('checkOut', { requireUser: true, fields: { ...activityId, ...code }, rateLimit: perMinute(300) }, ({ user, params }) =>
  checkOut(user!, params.activityId, params.code),
)

defineFunction('activityRoster', { requireUser: true, fields: activityId, rateLimit: perMinute(60) }, ({ user, params }) => activityRoster(user!, params.activityId))

defineFunction(
  'markAttendance',
  { requireUser: true, fields: { ...activityId, userId: requiredId('请选择志愿者。'), present: { type: Boolean, required: true, error: '请选择到场或缺席。' } }, rateLimit: perMinute(120) },
  ({ user, params }) => markAttendance(user!, params.activityId, params.userId, params.present),
)

defineFunction('confirmAttendance', { requireUser: true, fields: activityId, rateLimit: perMinute(30) }, ({ user, params }) => confirmAttendance(user!, params.activityId))

defineFunction('myTimeBank', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => myTimeBank(user!.id as string))

defineFunction(
  'adjustTimeBank',
  {
    requireUser: true,
    fields: {
      userId: requiredId('请选择志愿者。'),
      hours: { type: Number, required: true, error: '调整时长应为非零、以半小时计的数。' },
      reason: { type: String, required: true, error: '请写明调整原因。' },
    },
    rateLimit: perMinute(30),
  },
  ({ user, params }) => adjustTimeBank(user!, params),
)

defineFunction(
  'setLeaderboardOptIn',
  { requireUser: true, fields: { optIn: { type: Boolean, required: true, error: '请选择是否上榜。' } }, rateLimit: perMinute(30) },
  ({ user, params }) => setLeaderboardOptIn(user!.id as string, params.optIn),
)

defineFunction('timeBankTotals', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => timeBankTotals(user!.id as string))

defineFunction(
  'leaderboard',
  {
    requireUser: true,
    fields: {
      communityId: optionalId('社区不对，请重新选择。'),
      limit: { type: Number, options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100, error: '条数应为1到100。' },
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => leaderboard(user!.id as string, params),
)

