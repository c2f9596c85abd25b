/** The newcomer's guide. */
import type { ServerFeature } from '../feature'

export const guideFeature: ServerFeature = { name: 'guide', functions: () => require('../functions/guide') }
