/** Notifications: 我的消息 (in-app messages), WeChat subscription acceptances, and a test hook. */
import { isNotifyKind, MESSAGE_PAGE_MAX, NOTIFY_KINDS } from '../../../src/domain/notify'
import { defineFunction, type FieldRule } from '../define'
import { invalid } from '../errors'
import { notify } from '../notify'
import { markMessagesRead, myMessages, unreadMessageCount } from '../notify/messages'
import { saveSubscriptions, subscriptionTemplates } from '../notify/subscriptions'
import { runtime } from '../runtime'
import { isObjectId, noParams, perMinute } from '../validators/common'

const paging: Record<string, FieldRule> = {
  cursor: { type: String, options: (v: unknown) => typeof v === 'string' && v.length <= 300, error: '翻页位置无效，请刷新列表。' },
  limit: {
    type: Number,
    options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MESSAGE_PAGE_MAX,
    error: `每页条数应为1到${MESSAGE_PAGE_MAX}。`,
  },
}

defineFunction('myMessages', { requireUser: true, fields: paging, rateLimit: perMinute(120) }, ({ user, params }) => myMessages(user!.id ?? '', params))

defineFunction(
  'markMessagesRead',
  {
    requireUser: true,
    fields: {
      ids: {
        type: Array,
        options: (v: unknown) => Array.isArray(v) && v.length >= 1 && v.length <= 100 && v.every(isObjectId),
        error: '请选择要标为已读的消息。',
      },
      all: { type: Boolean, options: (v: unknown) => v === true, error: '请选择要标为已读的消息。' },
    },
    rateLimit: perMinute(120),
  },
  async ({ user, params }) => {
    if (!params.all && !params.ids) invalid('请选择要标为已读的消息。')
    return markMessagesRead(user!.id ?? '', params)
  },
)

defineFunction('unreadMessageCount', { requireUser: true, fields: noParams, rateLimit: perMinute(120) }, ({ user }) => unreadMessageCount(user!.id ?? ''))

defineFunction('subscriptionTemplates', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, async () => subscriptionTemplates())

const ANSWERS_ERROR = '订阅结果无效，请重新点击。'

defineFunction(
  'saveSubscriptions',
  {
    requireUser: true,
    fields: {
      answers: {
        type: Array,
        required: true,
        options: (v: unknown) =>
          Array.isArray(v) &&
          v.length >= 1 &&
          v.length <= NOTIFY_KINDS.length &&
          v.every((a) => !!a && typeof a === 'object' && isNotifyKind((a as { kind?: unknown }).kind) && typeof (a as { accepted?: unknown }).accepted === 'boolean'),
        error: ANSWERS_ERROR,
      },
    },
    // Each tap is one call; a script tapping in a loop is not a person.
    rateLimit: perMinute(30),
  },
  ({ user, params }) => saveSubscriptions(user!.id ?? '', params.answers),
)

if (runtime().config.testClock) {
  defineFunction(
    'testNotify',
    { requireMaster: true, fields: { items: { type: Array, required: true, error: '通知内容不正确。' } } },
    async ({ params }) => {
      await notify(params.items)
      return { ok: true as const }
    },
  )
}
