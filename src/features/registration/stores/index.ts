import type { FeatureStoreDeps } from '@/app/feature-deps'
import { capabilitiesOf } from '@/domain/roles'
import { registrationRepository } from '../registration-repository'
import { RegisterForStore } from './register-for-store'
import { ReviewStore } from './review-store'

/**
 * Staff's side of registration: the review queue and registering a resident in person. The
 * resident's own registration (RegistrationStore) is the main package's: the home page shows it.
 */
export function createRegistrationStores(deps: FeatureStoreDeps) {
  const registrations = registrationRepository(deps.api)
  // Staff screens offer the communities a staff member works for, not every community.
  const staffScope = () => ({ communities: deps.me()?.staffCommunities ?? [], street: capabilitiesOf(deps.me()).streetStaff })
  return {
    review: new ReviewStore(registrations, deps.platform, deps.now, staffScope),
    registerFor: new RegisterForStore(registrations, deps.platform, deps.now),
  }
}
