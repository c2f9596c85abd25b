import { defineFeature } from '@/app/feature'
import { NOTICES_ROUTES } from './routes'
import { createNoticeStores } from './stores'

/** Notices' subpackage screens (packages/notices): detail, history, publishing, 我发布的. The 公告 tab's feed and badge are RootStore's. */
export const noticesFeature = defineFeature({
  name: 'notices',
  routes: NOTICES_ROUTES,
  create: (deps) => createNoticeStores(deps),
})
