/**
 * The mini-program's page paths, by name: one table for the app's routes and the server's
 * notifications (a message's `page` opens one of these). Plain strings, no query.
 */
export const PAGES = {
  noticeDetail: '/packages/notices/pages/detail/index',
  family: '/packages/resident/pages/family/index',
  activityDetail: '/packages/activities/pages/detail/index',
  helpDetail: '/packages/help/pages/detail/index',
  problemDetail: '/packages/problems/pages/detail/index',
  problemQueue: '/packages/problems/pages/queue/index',
  welfareApplication: '/packages/welfare/pages/application/index',
} as const

export type PageName = keyof typeof PAGES

/** A page with the id it shows, as a notification opens it: `${path}?id=...`. */
export function pageOf(name: PageName, id?: string): string {
  return id === undefined ? PAGES[name] : `${PAGES[name]}?id=${encodeURIComponent(id)}`
}
