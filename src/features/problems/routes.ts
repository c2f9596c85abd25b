/** Pages of Residents' problems and visit day (issue #7), subpackage packages/problems. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { PROBLEMS_PAGES as PROBLEMS_ROUTES } from '@contract/pages'
