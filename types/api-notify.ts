/** Cloud functions of notifications (in-app messages, subscription messages, the demo outbox); merged into CloudFunctions (types/api.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface NotifyFunctions {}
