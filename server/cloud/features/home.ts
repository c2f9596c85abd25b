/** The home screen's summary. */
import type { ServerFeature } from '../feature'

export const homeFeature: ServerFeature = { name: 'home', functions: () => require('../functions/home') }
