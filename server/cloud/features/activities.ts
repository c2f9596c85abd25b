/** Volunteer activities, sign-up, on-site attendance and the time bank. */
import { activitiesSchema } from '../../schema/activities'
import { eraseActivities, exportActivities } from '../activities/ledger'
import { reminderJob } from '../activities/reminders'
import type { ServerFeature } from '../feature'

export const activitiesFeature: ServerFeature = {
  name: 'activities',
  functions: () => require('../functions/activities'),
  jobs: () => [reminderJob],
  personalData: [{ key: 'activities', export: exportActivities, erase: eraseActivities }],
  schema: activitiesSchema,
}
