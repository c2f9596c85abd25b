/** Red summons (红色召集令) and the volunteer time bank (义工时间银行), issue #5; logic under ../activities/. */
import { defineFunction, perMinute } from '../define'
import { campaignCalendar, createActivity, createCampaign, generateCampaignActivities, listCampaigns } from '../activities/create'
import { getActivity, listActivities, myActivities } from '../activities/browse'
import { adjustTimeBank, leaderboard, myTimeBank, setLeaderboardOptIn, timeBankTotals } from '../activities/ledger'
import { activityRoster, checkIn, checkOut, confirmAttendance, issueCheckInCode, markAttendance } from '../activities/onsite'
import { cancelSignup, signUp } from '../activities/signup'

defineFunction('createCampaign', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => createCampaign(user, params))

defineFunction('listCampaigns', { requireUser: true, rateLimit: perMinute(60) }, () => listCampaigns())

defineFunction('generateCampaignActivities', { requireUser: true, rateLimit: perMinute(10) }, ({ user, params }) => generateCampaignActivities(user, params))

defineFunction('campaignCalendar', { requireUser: true, rateLimit: perMinute(60) }, ({ params }) => campaignCalendar(params.campaignId))

defineFunction('createActivity', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => createActivity(user, params))

defineFunction('listActivities', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => listActivities(user.id as string, params))

defineFunction('getActivity', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => getActivity(user, params.activityId))

// Sign-up is one tap in a rush: a generous limit per address (a whole community may share one NAT).
defineFunction('signUpForActivity', { requireUser: true, rateLimit: perMinute(600) }, ({ user, params }) => signUp(user, params.activityId))

defineFunction('cancelSignup', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => cancelSignup(user, params.activityId))

defineFunction('myActivities', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => myActivities(user.id as string))

defineFunction('issueCheckInCode', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => issueCheckInCode(user, params.activityId))

defineFunction('checkIn', { requireUser: true, rateLimit: perMinute(300) }, ({ user, params }) => checkIn(user, params.activityId, params.code))

defineFunction('checkOut', { requireUser: true, rateLimit: perMinute(300) }, ({ user, params }) => checkOut(user, params.activityId, params.code))

defineFunction('activityRoster', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => activityRoster(user, params.activityId))

defineFunction(
  'markAttendance',
  { requireUser: true, rateLimit: perMinute(120) },
  ({ user, params }) => markAttendance(user, params.activityId, params.userId, params.present),
)

defineFunction('confirmAttendance', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => confirmAttendance(user, params.activityId))

defineFunction('myTimeBank', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => myTimeBank(user.id as string))

defineFunction('adjustTimeBank', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => adjustTimeBank(user, params))

defineFunction('setLeaderboardOptIn', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => setLeaderboardOptIn(user.id as string, params.optIn))

defineFunction('timeBankTotals', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => timeBankTotals(user.id as string))

defineFunction('leaderboard', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => leaderboard(user.id as string, params))

