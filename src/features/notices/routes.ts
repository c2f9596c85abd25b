/** Pages of notices: the 公告 tab (main package) and the notices subpackage. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { NOTICES_PAGES as NOTICES_ROUTES } from '@contract/pages'
