/** Cloud functions of Rainbow Bridge welfare projects (issue #6); merged into CloudFunctions (types/api.ts). Domain types for it live here too. */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface WelfareFunctions {}
