/** Pages of Red summons and the time bank (issue #5) (subpackage packages/activities); spread into ROUTES (src/app/routes.ts). */
export const ACTIVITIES_ROUTES = {} as const
