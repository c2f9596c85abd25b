/**
 * Every page of the mini-program, as the app navigates to it and as the server's notifications
 * link to it (a message's `page`). One table, so a page that moves moves for both sides.
 *
 * Pages under /packages/ are WeChat subpackages (src/app.config.ts); the rest are the main
 * package. Plain strings and tiny builders only: the main package imports all of it.
 */
const q = (value: string) => encodeURIComponent(value)

/** The main package's pages; the first three are the tab bar's. */
export const MAIN_PAGES = {
  home: '/pages/index/index',
  notices: '/pages/notices/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  privacy: '/pages/privacy/index',
} as const

/** The tab bar's pages (app.config.ts tabBar): WeChat opens them with switchTab, never navigateTo. */
export const TAB_PAGES: readonly string[] = [MAIN_PAGES.home, MAIN_PAGES.notices, MAIN_PAGES.mine]

export const REGISTRATION_PAGES = {
  register: '/packages/resident/pages/register/index',
  registration: '/packages/resident/pages/registration/index',
  registrations: '/packages/staff/pages/registrations/index',
  review: (id: string) => `/packages/staff/pages/review/index?id=${q(id)}`,
  registerFor: '/packages/staff/pages/register-for/index',
} as const

export const GUIDE_PAGES = {
  guide: '/packages/resident/pages/guide/index',
  guideEdit: '/packages/staff/pages/guide-edit/index',
} as const

export const FAMILY_PAGES = {
  family: '/packages/resident/pages/family/index',
  seniorHome: (userId: string, name: string) => `/packages/resident/pages/senior-home/index?userId=${q(userId)}&name=${q(name)}`,
} as const

export const PRIVACY_PAGES = {
  privacy: MAIN_PAGES.privacy,
  myData: '/packages/resident/pages/my-data/index',
  accessLog: '/packages/resident/pages/access-log/index',
} as const

export const NOTICES_PAGES = {
  notices: MAIN_PAGES.notices,
  noticeDetail: (id: string) => `/packages/notices/pages/detail/index?id=${q(id)}`,
  noticeHistory: '/packages/notices/pages/history/index',
  noticePublish: (editId?: string) => `/packages/notices/pages/publish/index${editId ? `?id=${q(editId)}` : ''}`,
  noticeMine: '/packages/notices/pages/mine/index',
} as const

export const HELP_PAGES = {
  /** 求助 form; `forUserId` asks for a linked senior (家属代办). */
  helpNew: (forUserId?: string) => `/packages/help/pages/new/index${forUserId ? `?forUserId=${q(forUserId)}` : ''}`,
  helpMine: '/packages/help/pages/mine/index',
  helpDetail: (id: string) => `/packages/help/pages/detail/index?id=${q(id)}`,
  helpInbox: '/packages/help/pages/inbox/index',
  helpEscalated: '/packages/help/pages/escalated/index',
  stewardProfile: '/packages/help/pages/profile/index',
  stewardAssign: '/packages/help/pages/stewards/index',
} as const

export const NOTIFY_PAGES = {
  messages: '/packages/notify/pages/messages/index',
} as const

export const ACTIVITIES_PAGES = {
  activities: '/packages/activities/pages/list/index',
  activityDetail: (id: string) => `/packages/activities/pages/detail/index?id=${q(id)}`,
  activityCalendar: (campaignId: string) => `/packages/activities/pages/calendar/index?id=${q(campaignId)}`,
  activityCreate: '/packages/activities/pages/create/index',
  activityManage: (id: string) => `/packages/activities/pages/manage/index?id=${q(id)}`,
  myActivities: '/packages/activities/pages/mine/index',
  timeBank: '/packages/activities/pages/time-bank/index',
  timeBankCertificate: (userName: string, hours: number) => `/packages/activities/pages/certificate/index?name=${q(userName)}&hours=${hours}`,
} as const

export const WELFARE_PAGES = {
  welfare: (programmeId?: string) => `/packages/welfare/pages/programme/index${programmeId ? `?id=${q(programmeId)}` : ''}`,
  welfareApply: (programmeId: string, applicationId?: string) =>
    `/packages/welfare/pages/apply/index?programmeId=${q(programmeId)}${applicationId ? `&id=${q(applicationId)}` : ''}`,
  welfareMine: '/packages/welfare/pages/mine/index',
  welfareApplication: (id: string) => `/packages/welfare/pages/application/index?id=${q(id)}`,
  welfareReviews: '/packages/welfare/pages/reviews/index',
  welfareProgrammeNew: '/packages/welfare/pages/programme-new/index',
  welfareProject: (id: string) => `/packages/welfare/pages/project/index?id=${q(id)}`,
} as const

export const PROBLEMS_PAGES = {
  problemReport: (simple = false) => `/packages/problems/pages/report/index${simple ? '?simple=1' : ''}`,
  problemMine: '/packages/problems/pages/mine/index',
  problemDetail: (id: string) => `/packages/problems/pages/detail/index?id=${q(id)}`,
  problemQueue: '/packages/problems/pages/queue/index',
  problemVisit: '/packages/problems/pages/visit/index',
  problemStats: '/packages/problems/pages/stats/index',
} as const

/** Every page by name: the app's ROUTES. */
export const PAGES = {
  ...MAIN_PAGES,
  ...PRIVACY_PAGES,
  ...REGISTRATION_PAGES,
  ...GUIDE_PAGES,
  ...FAMILY_PAGES,
  ...NOTICES_PAGES,
  ...HELP_PAGES,
  ...NOTIFY_PAGES,
  ...ACTIVITIES_PAGES,
  ...WELFARE_PAGES,
  ...PROBLEMS_PAGES,
} as const
