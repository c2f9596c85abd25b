import { defineFeature } from '@/app/feature'
import { FAMILY_ROUTES } from './routes'
import { createFamilyStores } from './stores'

/** 家属代办: family links and acting for a senior (packages/resident). */
export const familyFeature = defineFeature({
  name: 'family',
  routes: FAMILY_ROUTES,
  create: (deps) => createFamilyStores(deps),
})
