/** Operations for tests and operators (master key): run the jobs now, move the test clock. */
import type { ServerFeature } from '../feature'

export const operationsFeature: ServerFeature = { name: 'operations', functions: () => require('../functions/clock') }
