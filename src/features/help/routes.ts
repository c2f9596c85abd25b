/** Pages of Stewards and help requests (issue #4) (subpackage packages/help); spread into ROUTES (src/app/routes.ts). */
export const HELP_ROUTES = {} as const
