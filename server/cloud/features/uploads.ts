/** Uploaded files: checked on upload, attached by records, unclaimed ones cleaned up. */
import { uploadsSchema } from '../../schema/uploads'
import type { ServerFeature } from '../feature'
import { uploadsCleanupJob, uploadsPersonalData } from '../uploads'

export const uploadsFeature: ServerFeature = {
  name: 'uploads',
  functions: () => require('../functions/uploads'),
  jobs: () => [uploadsCleanupJob],
  personalData: [uploadsPersonalData],
  schema: uploadsSchema,
}
