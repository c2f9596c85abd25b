/** Pages of 家属代办, subpackage packages/resident. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { FAMILY_PAGES as FAMILY_ROUTES } from '@contract/pages'
