/** Pages of Residents' problems and visit day (issue #7) (subpackage packages/problems); spread into ROUTES (src/app/routes.ts). */
export const PROBLEMS_ROUTES = {} as const
