/** Pages of notifications (subpackage packages/notify); spread into ROUTES (src/app/routes.ts). */
export const NOTIFY_ROUTES = {
  messages: '/packages/notify/pages/messages/index',
} as const
