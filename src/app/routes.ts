import { PAGES } from '@contract/pages'

/**
 * Where each page lives: the one page table (types/pages.ts), shared with the server's
 * notifications. Resident and staff pages are WeChat subpackages, loaded when first opened; the
 * table holds only strings, so main-package pages link to every feature without loading its code.
 */
export const ROUTES = PAGES
