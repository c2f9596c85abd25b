import { ACTIVITIES_ROUTES } from '../features/activities/routes'
import { HELP_ROUTES } from '../features/help/routes'
import { NOTIFY_ROUTES } from '../features/notify/routes'
import { PROBLEMS_ROUTES } from '../features/problems/routes'
import { WELFARE_ROUTES } from '../features/welfare/routes'

/** Where each page lives. Resident and staff pages are WeChat subpackages, loaded when first opened. */
export const ROUTES = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  privacy: '/pages/privacy/index',
  register: '/packages/resident/pages/register/index',
  registration: '/packages/resident/pages/registration/index',
  guide: '/packages/resident/pages/guide/index',
  myData: '/packages/resident/pages/my-data/index',
  accessLog: '/packages/resident/pages/access-log/index',
  family: '/packages/resident/pages/family/index',
  seniorHome: (userId: string, name: string) =>
    `/packages/resident/pages/senior-home/index?userId=${encodeURIComponent(userId)}&name=${encodeURIComponent(name)}`,
  registrations: '/packages/staff/pages/registrations/index',
  review: (id: string) => `/packages/staff/pages/review/index?id=${encodeURIComponent(id)}`,
  registerFor: '/packages/staff/pages/register-for/index',
  guideEdit: '/packages/staff/pages/guide-edit/index',
  notices: '/pages/notices/index',
  noticeDetail: (id: string) => `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`,
  noticeHistory: '/packages/notices/pages/history/index',
  noticePublish: (editId?: string) => `/packages/notices/pages/publish/index${editId ? `?id=${encodeURIComponent(editId)}` : ''}`,
  noticeMine: '/packages/notices/pages/mine/index',
  ...HELP_ROUTES,
  ...NOTIFY_ROUTES,
  ...ACTIVITIES_ROUTES,
  ...WELFARE_ROUTES,
  ...PROBLEMS_ROUTES,
} as const
