/** Cloud functions of Stewards and help requests (issue #4); merged into CloudFunctions (types/api.ts). Domain types for it live here too. */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface HelpFunctions {}
