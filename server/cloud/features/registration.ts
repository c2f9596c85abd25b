/** Registering a home, and staff reviewing registrations. */
import type { ServerFeature } from '../feature'

export const registrationFeature: ServerFeature = { name: 'registration', functions: () => require('../functions/registration') }
