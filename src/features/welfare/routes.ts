/** Pages of Rainbow Bridge welfare projects (issue #6), subpackage packages/welfare. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { WELFARE_PAGES as WELFARE_ROUTES } from '@contract/pages'
