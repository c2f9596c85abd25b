/**
 * Notifications sent to WeChat (the local stub): stable token cached and renewed, one send per
 * acceptance even under concurrent notifications, refusals and failures recorded, never thrown.
 */
import { TestClient } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, type DemoPlaces } from './support/notices'
import { asMaster, eventually, item, outboxOf, remaining, testNotify } from './support/notify'
import { freshUser, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
let places: DemoPlaces
let staffToken: string

const TEMPLATES = {
  urgentNotice: 'tmpl-urgent',
  helpUpdate: { id: 'tmpl-help', fields: { title: 'thing4', body: 'thing5', time: 'date6' } },
  problemUpdate: 'tmpl-problem',
}

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({
    TEST_CLOCK: 'on',
    JOBS: 'off',
    WX_SUBSCRIBE_SEND: 'wechat',
    WX_TEMPLATES: JSON.stringify(TEMPLATES),
    WX_APPID: STUB_APPID,
    WX_SECRET: STUB_SECRET,
    WX_API_BASE: stub.url,
  })
  api = new TestClient(server.base)
  db = openTestDb(server)
  places = await demoPlaces(api, db, await api.login(DEMO.resident))
  staffToken = await api.login(DEMO.communityStaff)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

async function subscribed(label: string, kind: 'helpUpdate' | 'urgentNotice' | 'problemUpdate', times = 1) {
  const user = await freshUser(api, label)
  for (let i = 0; i < times; i++) await api.ok('saveSubscriptions', { answers: [{ kind, accepted: true }] }, user.token)
  return user
}

const sendsTo = (openid: string) => stub.sends.filter((s) => s.touser === openid)

describe('templates from configuration', () => {
  it('offers only the configured kinds, and acceptances of others count for nothing', async () => {
    const user = await freshUser(api, 'tmpl')
    expect((await api.ok('subscriptionTemplates', {}, user.token)).templates).toEqual({ urgentNotice: 'tmpl-urgent', helpUpdate: 'tmpl-help', problemUpdate: 'tmpl-problem' })
    expect(await api.ok('saveSubscriptions', { answers: [{ kind: 'welfareUpdate', accepted: true }] }, user.token)).toEqual({ saved: 0 })
    expect(await db.count('Subscription', '"user" = $1', [user.userId])).toBe(0)
  })
})

describe('sending', () => {
  it('sends the template with its field mapping to the openid, and records it as sent', async () => {
    const user = await subscribed('wx', 'helpUpdate')
    await testNotify(server, api, [item(user.userId)])
    expect(sendsTo(user.openid)).toEqual([
      {
        token: expect.stringMatching(/^stub-stable-/),
        touser: user.openid,
        template_id: 'tmpl-help',
        page: 'packages/help/pages/detail/index?id=H1',
        data: { thing4: { value: '红管家已接单' }, thing5: { value: '王阿姨已接下您的求助，稍后会联系您。' }, date6: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) } },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
        errcode: 0,
      },
    ])
    expect(await outboxOf(db, user.userId)).toEqual([expect.objectContaining({ status: 'sent', errcode: 0, templateId: 'tmpl-help' })])
    expect(await remaining(db, user.userId, 'helpUpdate')).toBe(0)
    expect(stub.stableTokenRequests).toEqual([{ forceRefresh: false }])
  })

  it('keeps the token: a second send fetches none', async () => {
    const user = await subscribed('wx', 'helpUpdate')
    await testNotify(server, api, [item(user.userId)])
    expect(sendsTo(user.openid).map((s) => s.errcode)).toEqual([0])
    expect(stub.stableTokenRequests).toHaveLength(1)
  })

  it('on 40001 forces a fresh stable token and sends again, once', async () => {
    const user = await subscribed('wx', 'helpUpdate')
    stub.revokeTokens()
    await testNotify(server, api, [item(user.userId)])
    const sends = sendsTo(user.openid)
    expect(sends.map((s) => s.errcode)).toEqual([40001, 0])
    expect(sends[1].token).not.toBe(sends[0].token)
    expect(stub.stableTokenRequests.slice(-1)).toEqual([{ forceRefresh: true }])
    expect(await outboxOf(db, user.userId)).toEqual([expect.objectContaining({ status: 'sent', errcode: 0 })])
  })

  it('sends nothing without an acceptance; the in-app message still comes', async () => {
    const user = await freshUser(api, 'wx')
    await testNotify(server, api, [item(user.userId)])
    expect(sendsTo(user.openid)).toEqual([])
    expect(await outboxOf(db, user.userId)).toEqual([])
    expect((await api.ok('myMessages', {}, user.token)).items).toHaveLength(1)
  })

  it('sends nothing to someone without an openid (demo login) and keeps their acceptance', async () => {
    const token = await api.login(DEMO.senior)
    const { userId } = await api.ok('me', {}, token)
    await api.ok('saveSubscriptions', { answers: [{ kind: 'helpUpdate', accepted: true }] }, token)
    const before = stub.sends.length
    await testNotify(server, api, [item(userId)])
    expect(stub.sends.length).toBe(before)
    expect(await outboxOf(db, userId)).toEqual([])
    expect(await remaining(db, userId, 'helpUpdate')).toBe(1)
  })

  it('uses each acceptance exactly once when many notifications come at once', async () => {
    const user = await subscribed('wx', 'problemUpdate', 3)
    await Promise.all(Array.from({ length: 12 }, (_, i) => testNotify(server, api, [item(user.userId, { kind: 'problemUpdate', refId: `P${i}` })])))
    expect(sendsTo(user.openid).filter((s) => s.errcode === 0)).toHaveLength(3)
    expect((await outboxOf(db, user.userId)).map((r) => r.status)).toEqual(['sent', 'sent', 'sent'])
    expect(await remaining(db, user.userId, 'problemUpdate')).toBe(0)
    expect(await db.count('Message', '"user" = $1', [user.userId])).toBe(12)
  })
})

describe('failures are recorded, never thrown', () => {
  it('43101 (the person has no acceptance at WeChat): failed, and our count drops to 0', async () => {
    const user = await subscribed('refuse', 'helpUpdate', 3)
    await testNotify(server, api, [item(user.userId)])
    expect(await outboxOf(db, user.userId)).toEqual([expect.objectContaining({ status: 'failed', errcode: 43101 })])
    expect(await remaining(db, user.userId, 'helpUpdate')).toBe(0)
    expect((await api.ok('myMessages', {}, user.token)).items).toHaveLength(1)
  })

  it('47003 (bad data): failed with the code; the acceptance is spent', async () => {
    const user = await subscribed('baddata', 'helpUpdate', 2)
    await testNotify(server, api, [item(user.userId)])
    expect(await outboxOf(db, user.userId)).toEqual([expect.objectContaining({ status: 'failed', errcode: 47003 })])
    expect(await remaining(db, user.userId, 'helpUpdate')).toBe(1)
  })

  it('an HTTP error: failed with -1, and the acceptance is given back (WeChat never got it)', async () => {
    const user = await subscribed('http500', 'helpUpdate')
    await testNotify(server, api, [item(user.userId)])
    const [row] = await db.rows<{ status: string; errcode: number; error: string }>('SELECT "status", "errcode", "error" FROM "OutboxMessage" WHERE "user" = $1', [user.userId])
    expect(row).toMatchObject({ status: 'failed', errcode: -1, error: expect.stringContaining('HTTP 500') })
    expect(await remaining(db, user.userId, 'helpUpdate')).toBe(1)
  })
})

describe('urgent notices', () => {
  it('go to the residents of the scope who accepted, through WeChat, with the notice page', async () => {
    // A WeChat user registers in the demo building and is approved: now a resident with an openid.
    const user = await freshUser(api, 'wx')
    const { registrationId } = await api.ok('submitResidentRegistration', validInput(places.buildingId, { phone: '13700000001', room: '3单元602' }), user.token)
    await api.ok('reviewResidentRegistration', { registrationId, approve: true }, staffToken)
    await api.ok('saveSubscriptions', { answers: [{ kind: 'urgentNotice', accepted: true }] }, user.token)
    const outsider = await subscribed('wx', 'urgentNotice')
    const { noticeId } = await api.ok('publishNotice', notice('community', places.communityId, { urgent: true, title: '今晚燃气检修' }), staffToken)
    await eventually(async () => (await outboxOf(db, user.userId, 'urgentNotice')).some((r) => r.status === 'sent'), 'the urgent notice to be sent')
    expect(sendsTo(user.openid)).toEqual([
      expect.objectContaining({ template_id: 'tmpl-urgent', page: `packages/notices/pages/detail/index?id=${noticeId}`, data: expect.objectContaining({ thing1: { value: '今晚燃气检修' } }), errcode: 0 }),
    ])
    expect(sendsTo(outsider.openid)).toEqual([])
    expect(await remaining(db, outsider.userId, 'urgentNotice')).toBe(1)
    expect(await remaining(db, user.userId, 'urgentNotice')).toBe(0)
  })
})

describe('the delivery job', () => {
  it('runs when sending to WeChat, and finds nothing left behind after normal sends', async () => {
    const reply = await asMaster<{ result: { done: Record<string, number> } }>(server, api, 'POST', '/functions/runJobs', { names: ['deliverOutbox'] })
    expect(reply.body.result.done).toEqual({ deliverOutbox: 0 })
    expect(await db.count('OutboxMessage', `"status" IN ('pending', 'sending')`)).toBe(0)
  })
})
