/** Signing in: demo login, WeChat login through the stubbed jscode2session, sessions. */
import { generate } from '@server/seed/generate'
import { TestClient, failure, isChinese } from './support/client'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url })
  api = new TestClient(server.base)
})

afterAll(async () => {
  await server?.close()
  await stub?.close()
})

describe('demoLogin', () => {
  it('signs in every demo account the README lists, each with the role it is listed for', async () => {
    const accounts = generate('demo').demoAccounts
    expect(accounts.map((a) => a.phone)).toEqual(Object.values(DEMO))
    const roles: Record<string, string[]> = {}
    for (const a of accounts) {
      const token = await api.login(a.phone)
      const me = await api.ok('me', {}, token)
      expect(me.displayName).toBe(a.name)
      expect(me.maskedPhone).toBe(`${a.phone.slice(0, 3)}****${a.phone.slice(-4)}`)
      roles[a.phone] = me.roles
    }
    expect(roles[DEMO.resident]).toEqual(['resident'])
    expect(roles[DEMO.steward]).toContain('steward')
    expect(roles[DEMO.gridLeader]).toContain('gridLeader')
    expect(roles[DEMO.communityStaff]).toContain('communityStaff')
    expect(roles[DEMO.streetStaff]).toContain('streetStaff')
    expect(roles[DEMO.newcomer]).toEqual([])
  })

  it('marks the senior as a senior and the resident as not', async () => {
    expect((await api.ok('me', {}, await api.login(DEMO.senior))).isSenior).toBe(true)
    expect((await api.ok('me', {}, await api.login(DEMO.resident))).isSenior).toBe(false)
  })

  it('accepts a phone typed with spaces or dashes', async () => {
    const token = await api.login('139 0000-0001')
    expect((await api.ok('me', {}, token)).maskedPhone).toBe('139****0001')
  })

  it('refuses an unknown phone with 101 and a Chinese sentence', async () => {
    const err = failure(await api.call('demoLogin', { phone: '13999999999' }))
    expect(err.code).toBe(101)
    expect(err.error).toBe('没有找到这个演示账号，请核对手机号。')
  })

  it.each([
    ['a short number', { phone: '123' }],
    ['letters', { phone: '1390000000a' }],
    ['a number instead of a string', { phone: 13900000001 }],
    ['no phone at all', {}],
    ['an empty phone', { phone: '' }],
  ])('refuses %s with 142 and a Chinese sentence', async (_label, params) => {
    const err = failure(await api.call('demoLogin', params))
    expect(err.code).toBe(142)
    expect(err.error).toBe('请输入11位手机号。')
  })

  it('is refused when demo mode is off, and nothing signs in', async () => {
    const off = await startTestServer({ DEMO: 'off' })
    try {
      const err = failure(await new TestClient(off.base).call('demoLogin', { phone: DEMO.resident }))
      expect(err.code).toBe(119)
      expect(isChinese(err.error)).toBe(true)
    } finally {
      await off.close()
    }
  })
})

describe('sessions', () => {
  it('a signed-out session is dead: the next call gets 209', async () => {
    const token = await api.login(DEMO.resident)
    expect((await api.rest('POST', '/logout', { token })).ok).toBe(true)
    const err = failure(await api.call('me', {}, token))
    expect(err.code).toBe(209)
    expect(err.error).toBe('登录已过期，请重新登录。')
  })

  it('an anonymous call to a signed-in function gets 142 and 请先登录。', async () => {
    const err = failure(await api.call('me', {}))
    expect(err.code).toBe(142)
    expect(err.error).toBe('请先登录。')
  })

  it('a made-up session token gets 209', async () => {
    expect(failure(await api.call('me', {}, 'r:0123456789abcdef')).code).toBe(209)
  })
})

describe('wechatLogin', () => {
  it('exchanges the code with jscode2session and signs a new user in', async () => {
    const first = await api.ok('wechatLogin', { code: 'ok-openid-alice' })
    expect(first.isNew).toBe(true)
    expect(stub.codes).toContain('ok-openid-alice')
    const me = await api.ok('me', {}, first.sessionToken)
    expect(me.hasHome).toBe(false)
    expect(me.roles).toEqual([])
    expect(me.displayName).toBe('微信用户')

    // The same WeChat user again: the same account, not a second one.
    const again = await api.ok('wechatLogin', { code: 'ok-openid-alice' })
    expect(again.isNew).toBe(false)
    expect((await api.ok('me', {}, again.sessionToken)).userId).toBe(me.userId)
  })

  it.each([
    ['invalid', '登录凭证无效，请重新打开小程序再试。'],
    ['used', '登录凭证已使用，请重新打开小程序再试。'],
    ['busy', '微信服务繁忙，请稍后再试。'],
    ['frequent', '登录太频繁，请稍后再试。'],
    ['risky', '微信账号存在风险，暂时无法登录。'],
    ['http500', '微信服务繁忙，请稍后再试。'],
  ])("WeChat's %s reply becomes 141 with a Chinese sentence", async (code, message) => {
    const err = failure(await api.call('wechatLogin', { code }))
    expect(err.code).toBe(141)
    expect(err.error).toBe(message)
  })

  it('refuses a missing or oversized code before calling WeChat', async () => {
    const before = stub.codes.length
    expect(failure(await api.call('wechatLogin', {})).code).toBe(142)
    expect(failure(await api.call('wechatLogin', { code: 'x'.repeat(200) })).code).toBe(142)
    expect(stub.codes.length).toBe(before)
  })

  it('a client cannot sign in with authData it made up: the adapter wants the server-made assertion', async () => {
    const forged = await api.rest('POST', '/users', { body: { authData: { wxmini: { id: 'openid-mallory', assertion: `${Date.now() + 60_000}.forged` } } } })
    expect(forged.ok).toBe(false)
    const noAssertion = await api.rest('POST', '/users', { body: { authData: { wxmini: { id: 'openid-mallory' } } } })
    expect(noAssertion.ok).toBe(false)
  })

  it('is refused with a Chinese sentence where WeChat is not configured', async () => {
    const bare = await startTestServer({ WX_APPID: '', WX_SECRET: '' })
    try {
      const err = failure(await new TestClient(bare.base).call('wechatLogin', { code: 'ok-x' }))
      expect(err.code).toBe(119)
      expect(err.error).toBe('微信登录尚未配置，请联系管理员。')
    } finally {
      await bare.close()
    }
  })
})
