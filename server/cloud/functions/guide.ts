/** The newcomer guide: residents read and tick it; their community's staff edit it. */
import { defineFunction } from '../define'
import { GUIDE_LIMITS, deleteGuideItem, listGuideItems, myGuide, saveGuideItem, tickGuideItem } from '../guide/guide'
import { isCleanText, noParams, optionalId, perMinute, requiredId } from '../validators/common'

defineFunction('myGuide', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => myGuide(user!))

defineFunction(
  'tickGuideItem',
  {
    requireUser: true,
    fields: {
      itemId: requiredId('请选择要勾选的事项。'),
      done: { type: Boolean, required: true, error: '请说明这一项是否已办好。' },
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => tickGuideItem(user!, params.itemId, params.done),
)

defineFunction(
  'listGuideItems',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], fields: { communityId: requiredId('请选择社区。') }, rateLimit: perMinute(60) },
  ({ user, params }) => listGuideItems(user!, params.communityId),
)

defineFunction(
  'saveGuideItem',
  {
    requireUser: true,
    requireAnyUserRoles: ['communityStaff'],
    fields: {
      communityId: requiredId('请选择社区。'),
      itemId: optionalId('没有找到这一项，请刷新后再试。'),
      title: {
        type: String,
        required: true,
        options: (v: unknown) => isCleanText(v, GUIDE_LIMITS.titleMax),
        error: `请填写标题，最多${GUIDE_LIMITS.titleMax}个字。`,
      },
      body: {
        type: String,
        required: true,
        options: (v: unknown) => isCleanText(v, GUIDE_LIMITS.bodyMax, { multiline: true }),
        error: `请填写内容，最多${GUIDE_LIMITS.bodyMax}个字。`,
      },
      order: {
        type: Number,
        required: true,
        options: (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= GUIDE_LIMITS.orderMax,
        error: `排序请填0到${GUIDE_LIMITS.orderMax}的整数。`,
      },
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => saveGuideItem(user!, params),
)

defineFunction(
  'deleteGuideItem',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], fields: { itemId: requiredId('请选择要删除的事项。') }, rateLimit: perMinute(60) },
  ({ user, params }) => deleteGuideItem(user!, params.itemId),
)
