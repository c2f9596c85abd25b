/** The newcomer guide: residents read and tick it; their community's staff edit it. */
import { defineFunction, perMinute } from '../define'
import { deleteGuideItem, listGuideItems, myGuide, saveGuideItem, tickGuideItem } from '../guide/guide'

defineFunction('myGuide', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => myGuide(user))

defineFunction('tickGuideItem', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => tickGuideItem(user, params.itemId, params.done))

defineFunction(
  'listGuideItems',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], rateLimit: perMinute(60) },
  ({ user, params }) => listGuideItems(user, params.communityId),
)

defineFunction(
  'saveGuideItem',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], rateLimit: perMinute(60) },
  ({ user, params }) => saveGuideItem(user, params),
)

defineFunction(
  'deleteGuideItem',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], rateLimit: perMinute(60) },
  ({ user, params }) => deleteGuideItem(user, params.itemId),
)
