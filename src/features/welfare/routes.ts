/** Pages of Rainbow Bridge welfare projects (issue #6) (subpackage packages/welfare); spread into ROUTES (src/app/routes.ts). */
export const WELFARE_ROUTES = {} as const
