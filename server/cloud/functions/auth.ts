/** Signing in: WeChat mini-program login, and demo login for accounts the seed created (DEMO=on only). */
import { maskPhone, normalizePhone } from '@/domain/phone'
import { isSeniorAge } from '@/domain/time'
import { ROLE_NAMES } from '@contract/domain'
import { makeAssertion, WXMINI_PROVIDER } from '../../auth/wxmini-adapter'
import { jscode2session, WechatLoginError } from '../../wechat/jscode2session'
import { defineFunction, perMinute } from '../define'
import { fail, notFound } from '../errors'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { residentOf } from '../queries/people'
import { communityRefs, roleNamesOf, scopeOfRoleNames } from '../directory'
import { runtime } from '../runtime'
import { createSessionFor } from '../sessions'
import { seededUserByPhone } from '../../seed/seeded-users'

defineFunction(
  'demoLogin',
  { rateLimit: perMinute(30) },
  async ({ params }) => {
    if (!runtime().config.demo) fail(Parse.Error.OPERATION_FORBIDDEN, '演示登录未开启，请使用微信登录。')
    // Only users the seed created: a resident who signed up for real is never a demo account,
    // and the answer is the same whether or not the phone belongs to one.
    const userId = await seededUserByPhone(runtime().pool, normalizePhone(params.phone))
    if (!userId) notFound('没有找到这个演示账号，请核对手机号。')
    return { sessionToken: await createSessionFor(userId!, 'demo') }
  },
)

defineFunction(
  'wechatLogin',
  { rateLimit: perMinute(20) },
  async ({ params }) => {
    const { config } = runtime()
    if (!config.wxAppId || !config.wxSecret) fail(Parse.Error.OPERATION_FORBIDDEN, '微信登录尚未配置，请联系管理员。')
    let openid: string
    try {
      ;({ openid } = await jscode2session(params.code, { apiBase: config.wxApiBase, appId: config.wxAppId, secret: config.wxSecret }))
    } catch (err) {
      if (err instanceof WechatLoginError) {
        console.warn(`wechatLogin: ${err.message}`)
        fail(Parse.Error.SCRIPT_FAILED, err.userMessage)
      }
      throw err
    }
    const authData = { id: openid, assertion: makeAssertion(config.masterKey, openid) }
    // _User creation is closed to clients (no password sign-ups), so this runs with the master
    // key; Parse still validates the authData through the wxmini adapter. A master-key login
    // returns no session, so one is made for the user just found or created.
    const user = await Parse.User.logInWith(WXMINI_PROVIDER, { authData }, { useMasterKey: true })
    const sessionToken = user.getSessionToken() ?? (await createSessionFor(idOf(user), WXMINI_PROVIDER))
    return { sessionToken, isNew: !user.existed() }
  },
)

defineFunction('me', { requireUser: true, rateLimit: perMinute(120) }, async ({ user }) => {
  const [resident, roleNames] = await Promise.all([residentOf(user), roleNamesOf(user)])
  const phone = resident?.get('phone') as string | undefined
  return {
    userId: idOf(user),
    displayName: (resident?.get('name') as string | undefined) ?? '微信用户',
    maskedPhone: phone ? maskPhone(phone) : null,
    roles: ROLE_NAMES.filter((r) => roleNames.includes(r)),
    hasHome: !!resident?.get('building'),
    isSenior: isSeniorAge(resident?.get('birthYear') as number | undefined),
    isNewResident: !!resident?.get('isNewResident'),
    // Which community a staff member works for, so screens offer theirs instead of every community.
    staffCommunities: await communityRefs(scopeOfRoleNames(roleNames).communityIds),
  }
})
