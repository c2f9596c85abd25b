/** Pages of Stewards and help requests (issue #4), subpackage packages/help. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { HELP_PAGES as HELP_ROUTES } from '@contract/pages'
