/** In-app messages, WeChat subscription messages and their outbox. */
import { notifySchema } from '../../schema/notify'
import type { ServerFeature } from '../feature'
import { outboxJobs } from '../notify/outbox'
import { notifyPersonalData } from '../notify/personal'

export const notifyFeature: ServerFeature = {
  name: 'notify',
  functions: () => require('../functions/notify'),
  jobs: outboxJobs,
  personalData: [notifyPersonalData],
  schema: notifySchema,
}
