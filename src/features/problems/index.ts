import { defineFeature } from '@/app/feature'
import { PROBLEMS_ROUTES } from './routes'
import { createProblemStores } from './stores'

/** Residents' problems and visit day (issue #7): pages in packages/problems. */
export const problemsFeature = defineFeature({
  name: 'problems',
  routes: PROBLEMS_ROUTES,
  create: (deps) => createProblemStores(deps),
})
