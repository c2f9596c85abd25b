import { defineFeature } from '@/app/feature'
import { HELP_ROUTES } from './routes'
import { createHelpStores } from './stores'

/** Stewards and help requests (issue #4): pages in packages/help. */
export const helpFeature = defineFeature({
  name: 'help',
  routes: HELP_ROUTES,
  create: (deps) => createHelpStores(deps),
})
