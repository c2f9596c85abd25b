/**
 * Notifications in outbox (demo) mode: 我的消息, subscription acceptances, urgent notices to the
 * subscribers of a scope, the outbox instead of WeChat, locked classes, export and erasure.
 */
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, type DemoPlaces } from './support/notices'
import { asMaster, item, outboxOf, remaining, testNotify } from './support/notify'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>
const ids = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  stub = await startWechatStub()
  // WeChat is configured and reachable, so "never called" means the outbox mode held back.
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off', WX_API_BASE: stub.url, WX_APPID: 'wx0000000000000000', WX_SECRET: 'stub-secret' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) {
    tokens[who as keyof typeof DEMO] = await api.login(phone)
    ids[who as keyof typeof DEMO] = (await api.ok('me', {}, tokens[who as keyof typeof DEMO])).userId
  }
  places = await demoPlaces(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

afterEach(() => {
  // Outbox mode never talks to WeChat, whatever happened in the test.
  expect(stub.paths).toEqual([])
})

describe('subscription templates and acceptances', () => {
  it('gives every kind a demo template id in outbox mode', async () => {
    const { templates } = await api.ok('subscriptionTemplates', {}, tokens.resident)
    expect(templates).toEqual({
      urgentNotice: 'demo-urgentNotice',
      helpUpdate: 'demo-helpUpdate',
      activityReminder: 'demo-activityReminder',
      activityUpdate: 'demo-activityUpdate',
      welfareUpdate: 'demo-welfareUpdate',
      problemUpdate: 'demo-problemUpdate',
      familyLink: 'demo-familyLink',
    })
    expect(failure(await api.call('subscriptionTemplates', {}))).toEqual({ code: 142, error: '请先登录。' })
  })

  it('adds one acceptance per accepted kind, none for a refusal, and stops at the cap', async () => {
    const who = ids.gridLeader
    expect(await api.ok('saveSubscriptions', { answers: [{ kind: 'activityReminder', accepted: true }, { kind: 'problemUpdate', accepted: false }] }, tokens.gridLeader)).toEqual({ saved: 1 })
    expect(await remaining(db, who, 'activityReminder')).toBe(1)
    expect(await remaining(db, who, 'problemUpdate')).toBe(0)
    // Concurrent taps each count.
    await Promise.all(Array.from({ length: 10 }, () => api.ok('saveSubscriptions', { answers: [{ kind: 'activityReminder', accepted: true }] }, tokens.gridLeader)))
    expect(await remaining(db, who, 'activityReminder')).toBe(11)
    for (let i = 0; i < 12; i++) await api.ok('saveSubscriptions', { answers: [{ kind: 'activityReminder', accepted: true }] }, tokens.gridLeader)
    expect(await remaining(db, who, 'activityReminder')).toBe(20)
    expect(await api.ok('saveSubscriptions', { answers: [{ kind: 'activityReminder', accepted: true }] }, tokens.gridLeader)).toEqual({ saved: 0 })
    expect(await db.count('Subscription', '"user" = $1', [who])).toBe(1)
  })

  it.each([
    ['no answers', {}],
    ['an empty list', { answers: [] }],
    ['an unknown kind', { answers: [{ kind: 'spam', accepted: true }] }],
    ['a non-boolean answer', { answers: [{ kind: 'helpUpdate', accepted: 'yes' }] }],
    ['not a list', { answers: 'helpUpdate' }],
  ])('refuses %s with 142 and saves nothing', async (_label, params) => {
    const before = await db.count('Subscription')
    const err = failure(await api.call('saveSubscriptions', params, tokens.newcomer))
    expect(err.code).toBe(142)
    expect(err.error).toBe('订阅结果无效，请重新点击。')
    expect(await db.count('Subscription')).toBe(before)
  })

  it('refuses a caller who is not signed in', async () => {
    const before = await db.count('Subscription')
    expect(failure(await api.call('saveSubscriptions', { answers: [{ kind: 'helpUpdate', accepted: true }] }))).toEqual({ code: 142, error: '请先登录。' })
    expect(await db.count('Subscription')).toBe(before)
  })
})

describe('notify() in outbox mode', () => {
  it('writes a message for everyone and an outbox row only where an acceptance is left', async () => {
    await api.ok('saveSubscriptions', { answers: [{ kind: 'helpUpdate', accepted: true }] }, tokens.senior)
    await testNotify(server, api, [item(ids.senior), item(ids.newcomer)])
    const rows = await outboxOf(db, ids.senior, 'helpUpdate')
    expect(rows).toEqual([
      {
        user: ids.senior,
        kind: 'helpUpdate',
        templateId: 'demo-helpUpdate',
        page: '/packages/help/pages/detail/index?id=H1',
        data: { thing1: { value: '红管家已接单' }, thing2: { value: '王阿姨已接下您的求助，稍后会联系您。' }, time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) } },
        status: 'outbox',
        errcode: null,
        refId: 'H1',
      },
    ])
    expect(await remaining(db, ids.senior, 'helpUpdate')).toBe(0)
    expect(await outboxOf(db, ids.newcomer)).toEqual([])
    // No acceptance left: the next one is an in-app message only.
    await testNotify(server, api, [item(ids.senior, { title: '求助已完成' })])
    expect(await outboxOf(db, ids.senior, 'helpUpdate')).toHaveLength(1)
    const { items } = await api.ok('myMessages', {}, tokens.senior)
    expect(items.map((m) => m.title)).toEqual(['求助已完成', '红管家已接单'])
    expect((await api.ok('myMessages', {}, tokens.newcomer)).items.map((m) => m.title)).toEqual(['红管家已接单'])
  })

  it('uses each acceptance exactly once under concurrent notifications', async () => {
    for (let i = 0; i < 5; i++) await api.ok('saveSubscriptions', { answers: [{ kind: 'problemUpdate', accepted: true }] }, tokens.otherSteward)
    await Promise.all(Array.from({ length: 20 }, (_, i) => testNotify(server, api, [item(ids.otherSteward, { kind: 'problemUpdate', title: `问题${i}`, refId: `P${i}` })])))
    expect(await outboxOf(db, ids.otherSteward, 'problemUpdate')).toHaveLength(5)
    expect(await remaining(db, ids.otherSteward, 'problemUpdate')).toBe(0)
    expect(await db.count('Message', '"user" = $1 AND "kind" = $2', [ids.otherSteward, 'problemUpdate'])).toBe(20)
  })

  it('cuts what is too long for a message and a template field', async () => {
    await api.ok('saveSubscriptions', { answers: [{ kind: 'welfareUpdate', accepted: true }] }, tokens.newcomer)
    await testNotify(server, api, [item(ids.newcomer, { kind: 'welfareUpdate', title: '标'.repeat(30), body: '文'.repeat(150) })])
    const [m] = (await api.ok('myMessages', { limit: 1 }, tokens.newcomer)).items
    expect([...m.title]).toHaveLength(20)
    expect([...m.body]).toHaveLength(100)
    const [row] = await outboxOf(db, ids.newcomer, 'welfareUpdate')
    expect([...row.data.thing2.value]).toHaveLength(20)
    expect(row.data.thing2.value.endsWith('…')).toBe(true)
  })
})

describe('我的消息', () => {
  it('lists only your own messages, newest first, by pages', async () => {
    const many = Array.from({ length: 25 }, (_, i) => item(ids.steward, { kind: 'activityUpdate', title: `活动变动${i}`, refId: `A${i}` }))
    await testNotify(server, api, many)
    await testNotify(server, api, [item(ids.streetStaff, { title: '别人的消息' })])
    const first = await api.ok('myMessages', { limit: 20 }, tokens.steward)
    expect(first.items).toHaveLength(20)
    expect(first.nextCursor).not.toBeNull()
    const second = await api.ok('myMessages', { limit: 20, cursor: first.nextCursor! }, tokens.steward)
    expect(second.items).toHaveLength(5)
    expect(second.nextCursor).toBeNull()
    const all = [...first.items, ...second.items]
    expect(new Set(all.map((m) => m.id)).size).toBe(25)
    expect(all.some((m) => m.title === '别人的消息')).toBe(false)
    expect(all[0]).toMatchObject({ kind: 'activityUpdate', read: false, page: '/packages/help/pages/detail/index?id=H1', refId: expect.stringMatching(/^A\d+$/) })
    expect(await api.ok('unreadMessageCount', {}, tokens.steward)).toEqual({ count: 25 })
  })

  it("marks read only your own messages; another person's ids change nothing", async () => {
    const mine = (await api.ok('myMessages', { limit: 2 }, tokens.steward)).items
    const theirs = (await api.ok('myMessages', {}, tokens.streetStaff)).items
    expect(await api.ok('markMessagesRead', { ids: [theirs[0].id] }, tokens.steward)).toEqual({ updated: 0 })
    expect((await api.ok('myMessages', {}, tokens.streetStaff)).items[0].read).toBe(false)
    expect(await api.ok('markMessagesRead', { ids: mine.map((m) => m.id) }, tokens.steward)).toEqual({ updated: 2 })
    expect(await api.ok('markMessagesRead', { ids: mine.map((m) => m.id) }, tokens.steward)).toEqual({ updated: 0 })
    expect(await api.ok('unreadMessageCount', {}, tokens.steward)).toEqual({ count: 23 })
    expect(await api.ok('markMessagesRead', { all: true }, tokens.steward)).toEqual({ updated: 23 })
    expect(await api.ok('unreadMessageCount', {}, tokens.steward)).toEqual({ count: 0 })
    expect(await api.ok('unreadMessageCount', {}, tokens.streetStaff)).toEqual({ count: 1 })
  })

  it.each([
    ['neither ids nor all', {}, '请选择要标为已读的消息。'],
    ['an empty list', { ids: [] }, '请选择要标为已读的消息。'],
    ['ids that are not ids', { ids: ['x y'] }, '请选择要标为已读的消息。'],
    ['all: false', { all: false }, '请选择要标为已读的消息。'],
  ])('refuses marking %s with 142', async (_label, params, message) => {
    const before = await db.count('Message', '"read" = true')
    const err = failure(await api.call('markMessagesRead', params, tokens.streetStaff))
    expect(err.code).toBe(142)
    expect(err.error).toBe(message)
    expect(await db.count('Message', '"read" = true')).toBe(before)
  })

  it('refuses a bad page size or cursor with a Chinese sentence', async () => {
    expect(failure(await api.call('myMessages', { limit: 500 }, tokens.steward))).toMatchObject({ code: 142, error: '每页条数应为1到50。' })
    const err = failure(await api.call('myMessages', { cursor: 'bm9wZQ' }, tokens.steward))
    expect(err.code).toBe(142)
    expect(isChinese(err.error)).toBe(true)
  })
})

describe('urgent notices', () => {
  it('reach the subscribers of the scope once each, with the notice page, and nobody else', async () => {
    // resident subscribed; senior (same building) did not; 13900000009 (another community) did.
    await api.ok('saveSubscriptions', { answers: [{ kind: 'urgentNotice', accepted: true }] }, tokens.resident)
    await api.ok('saveSubscriptions', { answers: [{ kind: 'urgentNotice', accepted: true }] }, tokens.otherCommunityStaff)
    const { noticeId } = await api.ok('publishNotice', notice('community', places.communityId, { urgent: true, title: '明日停水', category: '停水停电' }), tokens.communityStaff)
    const rows = await outboxOf(db, ids.resident, 'urgentNotice')
    expect(rows).toEqual([
      expect.objectContaining({ templateId: 'demo-urgentNotice', page: `/packages/notices/pages/detail/index?id=${noticeId}`, status: 'outbox', refId: noticeId }),
    ])
    expect(rows[0].data.thing1).toEqual({ value: '明日停水' })
    expect(await outboxOf(db, ids.senior, 'urgentNotice')).toEqual([])
    expect(await outboxOf(db, ids.otherCommunityStaff, 'urgentNotice')).toEqual([])
    expect(await remaining(db, ids.otherCommunityStaff, 'urgentNotice')).toBe(1)
    // The feed is the in-app place: no message per resident.
    expect(await db.count('Message', '"refId" = $1', [noticeId])).toBe(0)
    // The acceptance is used: the next urgent notice is in the feed only.
    await api.ok('publishNotice', notice('street', places.streetId, { urgent: true }), tokens.streetStaff)
    expect(await outboxOf(db, ids.resident, 'urgentNotice')).toHaveLength(1)
    expect(await outboxOf(db, ids.otherCommunityStaff, 'urgentNotice')).toHaveLength(1)
  })

  it('a notice that is not urgent sends nothing', async () => {
    await api.ok('saveSubscriptions', { answers: [{ kind: 'urgentNotice', accepted: true }] }, tokens.resident)
    const before = await db.count('OutboxMessage')
    await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    expect(await db.count('OutboxMessage')).toBe(before)
    expect(await remaining(db, ids.resident, 'urgentNotice')).toBe(1)
  })

  it('uses each acceptance once when urgent notices are published at the same time', async () => {
    // The resident has one acceptance left (previous test); five urgent notices at once.
    await Promise.all(Array.from({ length: 5 }, () => api.ok('publishNotice', notice('building', places.buildingId, { urgent: true }), tokens.steward)))
    expect(await outboxOf(db, ids.resident, 'urgentNotice')).toHaveLength(2)
    expect(await remaining(db, ids.resident, 'urgentNotice')).toBe(0)
  })
})

// A complete row of each class, so only the class-level permissions can refuse it.
const ME = () => ({ __type: 'Pointer', className: '_User', objectId: ids.resident })
const NOW = { __type: 'Date', iso: new Date().toISOString() }
const FORGED: Record<string, () => Record<string, unknown>> = {
  Message: () => ({ user: ME(), kind: 'helpUpdate', title: '伪造', body: '伪造', page: '/pages/index/index', at: NOW }),
  Subscription: () => ({ user: ME(), kind: 'urgentNotice', remaining: 99 }),
  OutboxMessage: () => ({ user: ME(), kind: 'urgentNotice', templateId: 'x', page: '/pages/index/index', status: 'sent', at: NOW }),
}

describe('locked classes', () => {
  it.each(['Message', 'Subscription', 'OutboxMessage'])('%s cannot be read or written over REST by a signed-in person', async (cls) => {
    const before = await db.count(cls)
    for (const token of [tokens.resident, tokens.streetStaff]) {
      expect(failure(await api.rest('GET', `/classes/${cls}`, { token })).code).toBe(119)
      const [any] = await db.rows<{ objectId: string }>(`SELECT "objectId" FROM "${cls}" LIMIT 1`)
      if (any) {
        expect(failure(await api.rest('GET', `/classes/${cls}/${any.objectId}`, { token })).code).toBe(119)
        expect(failure(await api.rest('PUT', `/classes/${cls}/${any.objectId}`, { token, body: { read: true, remaining: 99, status: 'sent' } })).code).toBe(119)
        expect(failure(await api.rest('DELETE', `/classes/${cls}/${any.objectId}`, { token })).code).toBe(119)
      }
      expect(failure(await api.rest('POST', `/classes/${cls}`, { token, body: FORGED[cls]() })).code).toBe(119)
    }
    expect(await db.count(cls)).toBe(before)
  })

  it('has no delivery job in outbox mode (nothing is ever pending)', async () => {
    const reply = await asMaster<{ result: { done: Record<string, number> } }>(server, api, 'POST', '/functions/runJobs', {})
    expect(reply.body.result.done.deliverOutbox).toBeUndefined()
    expect(await db.count('OutboxMessage', `"status" <> 'outbox'`)).toBe(0)
  })

  it('the staff dashboard (master key) lists and reads the outbox', async () => {
    const schema = await asMaster<{ results: Array<{ className: string }> }>(server, api, 'GET', '/schemas')
    expect(schema.body.results.map((c) => c.className)).toEqual(expect.arrayContaining(['OutboxMessage', 'Message', 'Subscription']))
    const rows = await asMaster<{ results: Array<{ kind: string; status: string }> }>(server, api, 'GET', '/classes/OutboxMessage?limit=1000')
    expect(rows.status).toBe(200)
    expect(rows.body.results.length).toBe(await db.count('OutboxMessage'))
    expect(rows.body.results.some((r) => r.kind === 'urgentNotice' && r.status === 'outbox')).toBe(true)
  })
})

describe('personal data (PIPL)', () => {
  it('exports messages, acceptances and subscription messages, and erasure removes them', async () => {
    const who = ids.gridLeader
    await testNotify(server, api, [item(who, { kind: 'activityReminder', title: '明早8点集合' })])
    const exported = (await api.ok('exportMyData', {}, tokens.gridLeader)).more.notifications as {
      messages: Array<{ title: string; read: boolean }>
      subscriptions: Array<{ kind: string; remaining: number }>
      subscriptionMessages: Array<{ kind: string; status: string }>
    }
    expect(exported.messages).toEqual([expect.objectContaining({ title: '明早8点集合', read: false })])
    expect(exported.subscriptions).toEqual([expect.objectContaining({ kind: 'activityReminder', remaining: 19 })])
    expect(exported.subscriptionMessages).toEqual([expect.objectContaining({ kind: 'activityReminder', status: 'outbox' })])
    // Nothing of anyone else.
    expect(JSON.stringify(exported)).not.toContain('别人的消息')
    const others = await db.count('Message', '"user" <> $1', [who])
    await api.ok('deleteMyData', { confirm: true }, tokens.gridLeader)
    for (const cls of ['Message', 'Subscription', 'OutboxMessage']) expect(await db.count(cls, '"user" = $1', [who])).toBe(0)
    expect(await db.count('Message', '"user" <> $1', [who])).toBe(others)
  })
})
