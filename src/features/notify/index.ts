import { defineFeature } from '@/app/feature'
import { NOTIFY_ROUTES } from './routes'
import { createNotifyStores } from './stores'

/** Notifications: 我的消息 (packages/notify), its unread count on 我的 and urgent-notice reminders on 公告, so RootStore creates it up front. */
export const notifyFeature = defineFeature({
  name: 'notify',
  routes: NOTIFY_ROUTES,
  create: (deps) => createNotifyStores(deps),
})
