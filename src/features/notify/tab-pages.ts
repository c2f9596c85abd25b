import { TAB_PAGES } from '@contract/pages'

/** True when a message's page is a tab; a tab takes no query, so the page alone is opened. */
export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(url.split('?')[0])
}
