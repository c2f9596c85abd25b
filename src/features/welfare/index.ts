import { defineFeature } from '@/app/feature'
import { WELFARE_ROUTES } from './routes'
import { createWelfareStores } from './stores'

/** Rainbow Bridge welfare projects (issue #6): pages in packages/welfare. */
export const welfareFeature = defineFeature({
  name: 'welfare',
  routes: WELFARE_ROUTES,
  create: (deps) => createWelfareStores(deps),
})
