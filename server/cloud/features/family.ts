/** Family links: acting for a senior. */
import type { ServerFeature } from '../feature'

export const familyFeature: ServerFeature = { name: 'family', functions: () => require('../functions/family') }
