/** Pages of notifications, subpackage packages/notify. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { NOTIFY_PAGES as NOTIFY_ROUTES } from '@contract/pages'
