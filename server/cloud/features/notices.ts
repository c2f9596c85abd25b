/** Bulletins: publishing, the reader's feed, read receipts, LiveQuery signals. */
import { noticesSchema } from '../../schema/notices'
import type { ServerFeature } from '../feature'

export const noticesFeature: ServerFeature = {
  name: 'notices',
  functions: () => {
    require('../functions/notices')
    require('../triggers/notice-signals')
  },
  schema: noticesSchema,
}
