import { defineFeature } from '@/app/feature'
import { ACTIVITIES_ROUTES } from './routes'
import { createActivityStores } from './stores'

/** Red summons and the time bank (issue #5): pages in packages/activities. */
export const activitiesFeature = defineFeature({
  name: 'activities',
  routes: ACTIVITIES_ROUTES,
  create: (deps) => createActivityStores(deps),
})
