import { defineFeature } from '@/app/feature'
import { registrationRepository } from './registration-repository'
import { registrationSchemaErrors } from './stores/registration-schema'
import { RegistrationStore } from './stores/registration-store'

/**
 * The resident's registration form (packages/resident): built the first time its page opens, so
 * the form, its place picker and its rules stay out of the main package. It shares the status of
 * my registration with the home page (RootStore.registration, handed in through the hooks).
 */
export const residentRegistrationFeature = defineFeature({
  name: 'residentRegistration',
  routes: {},
  create: (deps) => {
    const registration = new RegistrationStore(
      registrationRepository(deps.api),
      deps.storage,
      deps.platform,
      { userId: () => deps.me()?.userId ?? null, hasHome: () => deps.me()?.hasHome ?? false, now: deps.now, onApproved: () => undefined },
      deps.hooks.myRegistration(),
    )
    // The contract schema (valibot) checks the form too; it ships with this subpackage.
    registration.form.checkWith(registrationSchemaErrors)
    return { registration }
  },
})
