/** Pages of privacy: the notice (main package), 我的数据 and its access log (packages/resident). The paths live in the one page table, types/pages.ts, which the server's notifications use too. */
export { PRIVACY_PAGES as PRIVACY_ROUTES } from '@contract/pages'
