/** Help requests to stewards, steward assignments, and escalation to the community. */
import { helpSchema } from '../../schema/help'
import type { ServerFeature } from '../feature'
import { escalateDue } from '../help/escalation'
import { eraseHelp, exportHelp } from '../help/personal-data'

export const helpFeature: ServerFeature = {
  name: 'help',
  functions: () => require('../functions/help'),
  jobs: () => [{ name: 'helpEscalation', everyMs: 60_000, run: escalateDue }],
  personalData: [{ key: 'help', export: exportHelp, erase: eraseHelp }],
  schema: helpSchema,
}
