/** Pages of the newcomer guide: the checklist in packages/resident, the editor in packages/staff. The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { GUIDE_PAGES as GUIDE_ROUTES } from '@contract/pages'
