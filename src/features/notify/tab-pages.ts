/** The tab bar's pages (app.config.ts tabBar): WeChat opens them with switchTab, never navigateTo. */
const TAB_PAGES = ['/pages/index/index', '/pages/notices/index', '/pages/mine/index']

/** True when a message's page is a tab; a tab takes no query, so the page alone is opened. */
export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(url.split('?')[0])
}
