/** Pages of privacy: 我的数据 and its access log in packages/resident; the notice itself is a main-package page. Spread into ROUTES (src/app/routes.ts). */
export const PRIVACY_ROUTES = {
  privacy: '/pages/privacy/index',
  myData: '/packages/resident/pages/my-data/index',
  accessLog: '/packages/resident/pages/access-log/index',
} as const
