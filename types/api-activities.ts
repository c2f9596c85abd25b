/** Cloud functions of Red summons and the time bank (issue #5); merged into CloudFunctions (types/api.ts). Domain types for it live here too. */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ActivityFunctions {}
