import { defineFeature } from '@/app/feature'
import { GUIDE_ROUTES } from './routes'
import { createGuideStores } from './stores'

/** The newcomer guide: the checklist (packages/resident) and staff's editor (packages/staff). */
export const guideFeature = defineFeature({
  name: 'guide',
  routes: GUIDE_ROUTES,
  create: (deps) => createGuideStores(deps),
})
