/**
 * Family members acting for seniors: asking for a link by the senior's phone, only the senior
 * confirming, acting in their name (recorded, so the senior sees who did what), and ending it.
 */
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { freshUser, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
const tokens = {} as Record<keyof typeof DEMO, string>
const ids = {} as Record<'resident' | 'senior', string>
const names = {} as Record<'resident' | 'senior', string>

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  for (const who of ['resident', 'senior'] as const) {
    const me = await api.ok('me', {}, tokens[who])
    ids[who] = me.userId
    names[who] = me.displayName
  }
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

let linkId: string

describe('asking for a link', () => {
  it('a resident asks to act for the senior, by the senior’s phone', async () => {
    const reply = await api.ok('requestFamilyLink', { seniorPhone: '139 0000 0002' }, tokens.resident)
    expect(reply).toEqual({ linkId: expect.any(String), status: 'pending' })
    linkId = reply.linkId
  })

  it('both sides see the link, with phones masked; the asker sees only the phone they typed', async () => {
    const mine = await api.ok('myFamilyLinks', {}, tokens.resident)
    expect(mine.seniors).toEqual([{ id: linkId, status: 'pending', other: { userId: null, name: null, maskedPhone: '139****0002' }, createdAt: expect.any(String), closedAt: null, closedBy: null }])
    const theirs = await api.ok('myFamilyLinks', {}, tokens.senior)
    expect(theirs.family[0]).toMatchObject({ id: linkId, other: { userId: ids.resident, name: names.resident, maskedPhone: '139****0001' } })
    expect(JSON.stringify([mine, theirs])).not.toMatch(/1[3-9]\d{9}/)
  })

  it.each([
    ['a second request while one waits', 'resident', DEMO.senior, 142, '您已经向这个手机号发出过申请，请等长辈确认。'],
    ['oneself', 'resident', DEMO.resident, 142, '不能关联您自己，请填写长辈的手机号。'],
    ['a malformed phone', 'resident', '1390000', 142, '请填写长辈的11位手机号。'],
  ] as const)('refuses %s, saving nothing', async (_label, who, seniorPhone, code, message) => {
    const before = await db.count('FamilyLink')
    expect(failure(await api.call('requestFamilyLink', { seniorPhone }, tokens[who]))).toEqual({ code, error: message })
    expect(await db.count('FamilyLink')).toBe(before)
  })

  it('refuses someone the senior could not recognise (no profile with a name and phone)', async () => {
    const { token } = await freshUser(api, 'stranger')
    const err = failure(await api.call('requestFamilyLink', { seniorPhone: DEMO.senior }, token))
    expect(err).toEqual({ code: 101, error: '请先完成住户登记，再申请关联长辈，长辈才知道是谁在申请。' })
  })
})

describe('before the senior confirms', () => {
  it('the family member cannot act for the senior, and nothing is recorded', async () => {
    const acts = await db.count('Act')
    const err = failure(await api.call('myHome', { forUserId: ids.senior }, tokens.resident))
    expect(err).toEqual({ code: 119, error: '您还没有与这位长辈关联，或长辈尚未确认，不能代为办理。' })
    expect(await db.count('Act')).toBe(acts)
  })

  it('only the senior answers', async () => {
    for (const who of ['resident', 'steward'] as const) {
      expect(failure(await api.call('answerFamilyLink', { linkId, accept: true }, tokens[who]))).toEqual({ code: 119, error: '只有长辈本人可以确认或拒绝关联申请。' })
    }
    expect(failure(await api.call('answerFamilyLink', { linkId: 'NoSuchLink', accept: true }, tokens.senior)).code).toBe(101)
    expect(failure(await api.call('answerFamilyLink', { linkId }, tokens.senior))).toEqual({ code: 142, error: '请选择同意或拒绝。' })
  })

  it('the senior confirms, once', async () => {
    expect(await api.ok('answerFamilyLink', { linkId, accept: true }, tokens.senior)).toEqual({ status: 'confirmed' })
    expect(failure(await api.call('answerFamilyLink', { linkId, accept: false }, tokens.senior))).toEqual({ code: 142, error: '这条申请已经处理过了。' })
    expect(failure(await api.call('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.resident))).toEqual({ code: 142, error: '您已经关联了这位长辈。' })
    // Confirmed: now the family member may see whom they act for.
    const [mine] = (await api.ok('myFamilyLinks', {}, tokens.resident)).seniors
    expect(mine.other).toEqual({ userId: ids.senior, name: names.senior, maskedPhone: '139****0002' })
  })
})

describe('acting for the senior', () => {
  it("reads the senior's home, dials their steward, submits and follows their registration", async () => {
    const home = await api.ok('myHome', { forUserId: ids.senior }, tokens.resident)
    expect(home.building.room).toBe('1单元102')
    expect(await api.ok('callContact', { kind: 'steward', forUserId: ids.senior }, tokens.resident)).toEqual({ phone: DEMO.steward })
    const input = validInput(home.building.id, { name: names.senior, phone: DEMO.senior, room: '1单元202', household: [] })
    await api.ok('submitResidentRegistration', { ...input, forUserId: ids.senior }, tokens.resident)
    const { registration } = await api.ok('myRegistration', { forUserId: ids.senior }, tokens.resident)
    expect(registration).toMatchObject({ status: 'pending', name: names.senior, room: '1单元202', submittedBy: 'family', submittedByName: names.resident })
    // It is the senior's registration: they see it as their own.
    expect((await api.ok('myRegistration', {}, tokens.senior)).registration?.id).toBe(registration?.id)
  })

  it('the senior sees every act and who did it, newest first', async () => {
    const { items } = await api.ok('actsForMe', {}, tokens.senior)
    expect(items.map((a) => a.action)).toEqual(['代为查看登记进度', '代为提交住户登记', '代为拨打红管家电话', '代为查看住址'])
    expect(items.every((a) => a.actorName === names.resident && !Number.isNaN(Date.parse(a.at)))).toBe(true)
    expect((await api.ok('actsForMe', {}, tokens.resident)).items).toEqual([])
  })

  it('nobody else can act for the senior, and a failed act is not recorded', async () => {
    const acts = await db.count('Act')
    for (const who of ['steward', 'communityStaff'] as const) {
      expect(failure(await api.call('callContact', { kind: 'steward', forUserId: ids.senior }, tokens[who])).code).toBe(119)
    }
    expect(failure(await api.call('myHome', { forUserId: 'not an id!' }, tokens.resident))).toEqual({ code: 142, error: '请选择要代为办理的长辈。' })
    expect(await db.count('Act')).toBe(acts)
  })
})

describe('declining and ending links', () => {
  it('a declined request can be asked again later', async () => {
    const first = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.newcomer)
    expect(await api.ok('answerFamilyLink', { linkId: first.linkId, accept: false }, tokens.senior)).toEqual({ status: 'declined' })
    expect(failure(await api.call('myHome', { forUserId: ids.senior }, tokens.newcomer)).code).toBe(119)
    const again = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.newcomer)
    expect(again.linkId).not.toBe(first.linkId)
  })

  it('only the two people of a link may end it; after that the family member can no longer act', async () => {
    expect(failure(await api.call('removeFamilyLink', { linkId }, tokens.steward))).toEqual({ code: 119, error: '您只能解除自己的关联。' })
    expect(await api.ok('removeFamilyLink', { linkId }, tokens.senior)).toEqual({ removed: true })
    expect(failure(await api.call('myHome', { forUserId: ids.senior }, tokens.resident)).code).toBe(119)
    expect(failure(await api.call('removeFamilyLink', { linkId }, tokens.resident))).toEqual({ code: 142, error: '这条关联已经结束了，不用再解除。' })
    expect(failure(await api.call('removeFamilyLink', { linkId: 'NoSuchLink' }, tokens.resident)).code).toBe(101)
    // The record of what was done stays with the senior.
    expect((await api.ok('actsForMe', {}, tokens.senior)).items).toHaveLength(4)
  })

  it('links and acts are not readable over the REST API', async () => {
    for (const cls of ['FamilyLink', 'Act']) {
      const err = failure(await api.rest('GET', `/classes/${cls}`, { token: tokens.senior }))
      expect(err.code).toBe(119)
      expect(isChinese(err.error)).toBe(true)
    }
  })
})
