/** Pages of notices' subpackage (packages/notices); the 公告 tab itself is a main-package page. Spread into ROUTES (src/app/routes.ts). */
export const NOTICES_ROUTES = {
  notices: '/pages/notices/index',
  noticeDetail: (id: string) => `/packages/notices/pages/detail/index?id=${encodeURIComponent(id)}`,
  noticeHistory: '/packages/notices/pages/history/index',
  noticePublish: (editId?: string) => `/packages/notices/pages/publish/index${editId ? `?id=${encodeURIComponent(editId)}` : ''}`,
  noticeMine: '/packages/notices/pages/mine/index',
} as const
