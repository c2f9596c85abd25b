/** Cloud functions of Residents' problems and visit day (issue #7); merged into CloudFunctions (types/api.ts). Domain types for it live here too. */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ProblemFunctions {}
