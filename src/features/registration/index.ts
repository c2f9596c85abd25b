import { defineFeature } from '@/app/feature'
import { REGISTRATION_ROUTES } from './routes'
import { createRegistrationStores } from './stores'

/** Staff's side of registration: the review queue and registering in person (packages/staff). The resident's own registration is RootStore.registration: the home page shows its status. */
export const registrationFeature = defineFeature({
  name: 'registration',
  routes: REGISTRATION_ROUTES,
  create: (deps) => createRegistrationStores(deps),
})
