/** Pages of registration: the resident's in packages/resident, staff's in packages/staff. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { REGISTRATION_PAGES as REGISTRATION_ROUTES } from '@contract/pages'
