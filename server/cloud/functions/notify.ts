/** Notifications: 我的消息 (in-app messages), WeChat subscription acceptances, and a test hook. */
import { defineFunction, perMinute } from '../define'
import { invalid } from '../errors'
import { notify } from '../notify'
import { markMessagesRead, myMessages, unreadMessageCount } from '../notify/messages'
import { saveSubscriptions, subscriptionTemplates } from '../notify/subscriptions'
import { runtime } from '../runtime'

defineFunction('myMessages', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => myMessages(user.id ?? '', params))

defineFunction(
  'markMessagesRead',
  { requireUser: true, rateLimit: perMinute(120) },
  async ({ user, params }) => {
    if (!params.all && !params.ids) invalid('请选择要标为已读的消息。')
    return markMessagesRead(user.id ?? '', params)
  },
)

defineFunction('unreadMessageCount', { requireUser: true, rateLimit: perMinute(120) }, ({ user }) => unreadMessageCount(user.id ?? ''))

defineFunction('subscriptionTemplates', { requireUser: true, rateLimit: perMinute(60) }, async () => subscriptionTemplates())

defineFunction(
  'saveSubscriptions',
  {
    requireUser: true,
    // Each tap is one call; a script tapping in a loop is not a person.
    rateLimit: perMinute(30),
  },
  ({ user, params }) => saveSubscriptions(user.id ?? '', params.answers),
)

if (runtime().config.testClock) {
  defineFunction(
    'testNotify',
    { requireMaster: true },
    async ({ params }) => {
      await notify(params.items)
      return { ok: true as const }
    },
  )
}
