/** Community welfare programmes: applications, review, funded projects. */
import { welfareSchema } from '../../schema/welfare'
import type { ServerFeature } from '../feature'
import { welfarePersonalData } from '../welfare/personal'

export const welfareFeature: ServerFeature = {
  name: 'welfare',
  functions: () => require('../functions/welfare'),
  personalData: [welfarePersonalData],
  schema: welfareSchema,
}
