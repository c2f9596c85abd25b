import { defineFeature } from '@/app/feature'
import { PRIVACY_ROUTES } from './routes'
import { createPrivacyStores } from './stores'

/** 我的数据 and 谁查看过我的资料 (packages/resident). The privacy popup is the main package's (RootStore.privacyPrompt). */
export const privacyFeature = defineFeature({
  name: 'privacy',
  routes: PRIVACY_ROUTES,
  create: (deps) => createPrivacyStores(deps),
})
