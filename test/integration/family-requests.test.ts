/**
 * Asking for a family link must not turn a phone number into a stranger's name: the asker sees
 * only the phone they typed (masked) until the senior confirms, gets the same answer whether the
 * number belongs to anyone, and may ask at most 5 times a day. The senior is told of every request,
 * and a withdrawn request or an ended link leaves a trace the senior still sees.
 */
import { TestClient, failure } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { eventually, masterKeyOf } from './support/notify'
import { demoHome, freshUser, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
const tokens = {} as Record<keyof typeof DEMO, string>
const ids = {} as Record<'resident' | 'senior' | 'steward', string>
let residentName: string
let buildingId: string
let rooms = 0

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url, TEST_CLOCK: 'on' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  for (const who of ['resident', 'senior', 'steward'] as const) ids[who] = (await api.ok('me', {}, tokens[who])).userId
  residentName = (await api.ok('me', {}, tokens.resident)).displayName
  buildingId = (await demoHome(api, tokens.resident)).buildingId
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

/** A new WeChat user whose registration with this phone community staff approved (a verified profile). */
async function registered(phone: string, name: string): Promise<{ token: string; userId: string }> {
  const person = await freshUser(api, 'family')
  const input = validInput(buildingId, { name, phone, room: `3单元${String(101 + rooms++)}` })
  const { registrationId } = await api.ok('submitResidentRegistration', input, person.token)
  await api.ok('reviewResidentRegistration', { registrationId, approve: true }, tokens.communityStaff)
  return person
}

const linkRow = async (id: string) => (await db.rows<Record<string, unknown>>('SELECT * FROM "FamilyLink" WHERE "objectId" = $1', [id]))[0]
const messagesAbout = (linkId: string) => db.count('Message', '"refId" = $1', [linkId])
const titlesOf = async (token: string) => (await api.ok('myMessages', {}, token)).items.map((m) => m.title)

describe('asking by phone', () => {
  let toSenior: string
  let toNobody: string

  it('answers a registered and an unregistered number identically', async () => {
    const a = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.resident)
    const b = await api.ok('requestFamilyLink', { seniorPhone: '137 1111 2222' }, tokens.resident)
    expect(a).toEqual({ linkId: expect.any(String), status: 'pending' })
    expect(Object.keys(b)).toEqual(Object.keys(a))
    expect(b.status).toBe(a.status)
    toSenior = a.linkId
    toNobody = b.linkId
    const { seniors } = await api.ok('myFamilyLinks', {}, tokens.resident)
    const shape = (id: string) => seniors.find((l) => l.id === id)
    expect(shape(toSenior)).toEqual({ id: toSenior, status: 'pending', other: { userId: null, name: null, maskedPhone: '139****0002' }, createdAt: expect.any(String), closedAt: null, closedBy: null })
    expect(shape(toNobody)).toEqual({ id: toNobody, status: 'pending', other: { userId: null, name: null, maskedPhone: '137****2222' }, createdAt: expect.any(String), closedAt: null, closedBy: null })
  })

  it('never shows the asker the senior’s name or id before the senior confirms', async () => {
    const seniorName = (await api.ok('me', {}, tokens.senior)).displayName
    const mine = JSON.stringify(await api.ok('myFamilyLinks', {}, tokens.resident))
    expect(mine).not.toContain(seniorName)
    expect(mine).not.toContain(ids.senior)
    expect(JSON.stringify(await api.ok('exportMyData', {}, tokens.resident))).not.toContain(seniorName)
  })

  it('keeps no typed phone: a keyed hash to match it and what the asker may see of it', async () => {
    const row = await linkRow(toNobody)
    expect(row).toMatchObject({ senior: null, family: ids.resident, status: 'pending', phoneMasked: '137****2222', phoneKey: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(await db.count('FamilyLink', `row_to_json("FamilyLink")::text LIKE '%13711112222%'`)).toBe(0)
  })

  it('tells the senior who asks, in app, and nobody about an unregistered number', async () => {
    await eventually(async () => (await messagesAbout(toSenior)) === 1, 'the senior’s message')
    const [m] = (await api.ok('myMessages', {}, tokens.senior)).items.filter((x) => x.refId === toSenior)
    expect(m).toMatchObject({ kind: 'familyLink', title: '家人关联申请', page: '/packages/resident/pages/family/index' })
    expect(m.body).toContain(`${residentName}（139****0001）`)
    expect(await messagesAbout(toNobody)).toBe(0)
    const { family } = await api.ok('myFamilyLinks', {}, tokens.senior)
    expect(family.find((l) => l.id === toSenior)).toMatchObject({ status: 'pending', other: { userId: ids.resident, name: residentName, maskedPhone: '139****0001' } })
  })

  it('reaches a person who registers that number later, who then decides', async () => {
    const later = await registered('13711112222', '后来登记')
    const { family } = await api.ok('myFamilyLinks', {}, later.token)
    expect(family.map((l) => [l.id, l.status, l.other.name])).toEqual([[toNobody, 'pending', residentName]])
    expect(await api.ok('answerFamilyLink', { linkId: toNobody, accept: true }, later.token)).toEqual({ status: 'confirmed' })
    const { seniors } = await api.ok('myFamilyLinks', {}, tokens.resident)
    expect(seniors.find((l) => l.id === toNobody)?.other).toEqual({ userId: later.userId, name: '后来登记', maskedPhone: '137****2222' })
    await eventually(async () => (await titlesOf(tokens.resident)).includes('家人关联已确认'), 'the asker’s message')
  })

  it('lets nobody else answer or withdraw a request, changing nothing', async () => {
    const before = await linkRow(toSenior)
    const stranger = await freshUser(api, 'stranger')
    for (const token of [tokens.steward, tokens.resident, stranger.token]) {
      expect(failure(await api.call('answerFamilyLink', { linkId: toSenior, accept: true }, token))).toEqual({ code: 119, error: '只有长辈本人可以确认或拒绝关联申请。' })
    }
    for (const token of [tokens.steward, stranger.token]) {
      expect(failure(await api.call('removeFamilyLink', { linkId: toSenior }, token))).toEqual({ code: 119, error: '您只能解除自己的关联。' })
    }
    expect(await linkRow(toSenior)).toEqual(before)
  })

  it('keeps a withdrawn request, shown to the senior and told to them', async () => {
    expect(await api.ok('removeFamilyLink', { linkId: toSenior }, tokens.resident)).toEqual({ removed: true })
    expect(await linkRow(toSenior)).toMatchObject({ status: 'withdrawn', endedBy: ids.resident, endedAt: expect.any(Date), senior: ids.senior })
    const { family } = await api.ok('myFamilyLinks', {}, tokens.senior)
    expect(family.find((l) => l.id === toSenior)).toMatchObject({ status: 'withdrawn', other: { name: residentName }, closedBy: 'other', closedAt: expect.any(String) })
    await eventually(async () => (await titlesOf(tokens.senior)).includes('关联申请已撤回'), 'the withdrawal message')
    expect(failure(await api.call('answerFamilyLink', { linkId: toSenior, accept: true }, tokens.senior))).toEqual({ code: 142, error: '这条申请已经处理过了。' })
    expect(failure(await api.call('removeFamilyLink', { linkId: toSenior }, tokens.resident))).toEqual({ code: 142, error: '这条关联已经结束了，不用再解除。' })
  })

  it('records a confirmed link ended by the senior, with who and when', async () => {
    const { linkId } = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.resident)
    await api.ok('answerFamilyLink', { linkId, accept: true }, tokens.senior)
    expect(await api.ok('removeFamilyLink', { linkId }, tokens.senior)).toEqual({ removed: true })
    expect(await linkRow(linkId)).toMatchObject({ status: 'ended', endedBy: ids.senior })
    const mine = (await api.ok('myFamilyLinks', {}, tokens.resident)).seniors.find((l) => l.id === linkId)
    expect(mine).toMatchObject({ status: 'ended', closedBy: 'other', other: { userId: ids.senior } })
    expect(failure(await api.call('myHome', { forUserId: ids.senior }, tokens.resident)).code).toBe(119)
  })
})

describe('the daily cap', () => {
  it('allows 5 requests in 24 hours however they race, then refuses with nothing written', async () => {
    const asker = await registered('13722220000', '常申请')
    const phones = Array.from({ length: 8 }, (_, i) => `1360000000${i}`)
    const replies = await Promise.all(phones.map((seniorPhone) => api.call('requestFamilyLink', { seniorPhone }, asker.token)))
    expect(replies.filter((r) => r.ok)).toHaveLength(5)
    for (const r of replies.filter((x) => !x.ok)) expect(failure(r)).toEqual({ code: 142, error: '24小时内最多发出5次关联申请，请明天再试。' })
    // Withdrawing does not give a request back: asking is what is counted.
    const { seniors } = await api.ok('myFamilyLinks', {}, asker.token)
    await api.ok('removeFamilyLink', { linkId: seniors[0].id }, asker.token)
    const count = await db.count('FamilyLink', '"family" = $1', [asker.userId])
    expect(failure(await api.call('requestFamilyLink', { seniorPhone: '13500000000' }, asker.token)).code).toBe(142)
    expect(await db.count('FamilyLink', '"family" = $1', [asker.userId])).toBe(count)
    try {
      await api.master('setTestClock', { at: new Date(Date.now() + 25 * 3600_000).toISOString() }, masterKeyOf(server))
      await api.ok('requestFamilyLink', { seniorPhone: '13500000000' }, asker.token)
    } finally {
      await api.master('setTestClock', { at: null }, masterKeyOf(server))
    }
  })
})

describe('erasure', () => {
  it('keeps the senior’s record that someone asked, without the person who left', async () => {
    const leaving = await registered('13733330000', '要注销')
    const { linkId } = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, leaving.token)
    await api.ok('deleteMyData', { confirm: true }, leaving.token)
    expect(await linkRow(linkId)).toMatchObject({ family: null, status: 'withdrawn', endedBy: null })
    const { family } = await api.ok('myFamilyLinks', {}, tokens.senior)
    expect(family.find((l) => l.id === linkId)).toMatchObject({ status: 'withdrawn', other: { userId: null, name: null } })
  })
})
