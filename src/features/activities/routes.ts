/** Pages of Red summons and the time bank (issue #5) (subpackage packages/activities); spread into ROUTES (src/app/routes.ts). */
const q = (id: string) => encodeURIComponent(id)

export const ACTIVITIES_ROUTES = {
  activities: '/packages/activities/pages/list/index',
  activityDetail: (id: string) => `/packages/activities/pages/detail/index?id=${q(id)}`,
  activityCalendar: (campaignId: string) => `/packages/activities/pages/calendar/index?id=${q(campaignId)}`,
  activityCreate: '/packages/activities/pages/create/index',
  activityManage: (id: string) => `/packages/activities/pages/manage/index?id=${q(id)}`,
  myActivities: '/packages/activities/pages/mine/index',
  timeBank: '/packages/activities/pages/time-bank/index',
  timeBankCertificate: (userName: string, hours: number) => `/packages/activities/pages/certificate/index?name=${q(userName)}&hours=${hours}`,
} as const
