/** Pages of Red summons and the time bank (issue #5), subpackage packages/activities. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { ACTIVITIES_PAGES as ACTIVITIES_ROUTES } from '@contract/pages'
