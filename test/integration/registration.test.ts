/**
 * Submitting a registration: places to choose from, every rule that must refuse (with the Parse
 * code, a Chinese sentence, and nothing saved), one pending registration per person even under
 * concurrency, history on resubmission, and the phone number from WeChat's button.
 */
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { day, demoHome, freshUser, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
let place: Awaited<ReturnType<typeof demoHome>>

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url })
  api = new TestClient(server.base)
  db = openTestDb(server)
  place = await demoHome(api, await api.login(DEMO.resident))
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

const registrationsOf = (userId: string) => db.count('Registration', '"user" = $1', [userId])

describe('placeOptions', () => {
  it('lists communities, the compounds of one (searchable by name), and the buildings of a compound with their layout', async () => {
    const all = await api.ok('placeOptions', {})
    expect(all.communities.map((c) => c.name)).toContain('杨家门社区')
    expect(all.compounds).toEqual([])
    const inCommunity = await api.ok('placeOptions', { communityId: place.communityId })
    expect(inCommunity.compounds.every((c) => c.communityId === place.communityId)).toBe(true)
    const name = inCommunity.compounds.find((c) => c.id === place.compoundId)!.name
    const found = await api.ok('placeOptions', { communityId: place.communityId, q: name.slice(0, 2) })
    expect(found.compounds.map((c) => c.id)).toContain(place.compoundId)
    expect(found.compounds.every((c) => c.name.includes(name.slice(0, 2)))).toBe(true)
    const { buildings } = await api.ok('placeOptions', { compoundId: place.compoundId })
    expect(buildings[0]).toEqual({ id: place.buildingId, name: '1幢', units: 3, floors: 6, doorsPerFloor: 3 })
  })

  it('matches what people type literally, and refuses unknown places with 101', async () => {
    expect((await api.ok('placeOptions', { q: '.*' })).compounds).toEqual([])
    const err = failure(await api.call('placeOptions', { communityId: 'nope0000' }))
    expect(err.code).toBe(101)
    expect(err.error).toBe('没有找到这个社区，请重新选择。')
    expect(failure(await api.call('placeOptions', { q: 'x'.repeat(21) })).code).toBe(142)
  })
})

describe('submitResidentRegistration refuses, and saves nothing', () => {
  let person: Awaited<ReturnType<typeof freshUser>>
  beforeAll(async () => {
    person = await freshUser(api, 'refused')
  })

  it.each<[string, Record<string, unknown>, number, string]>([
    ['no fields at all', {}, 142, '请填写姓名。'],
    ['no consent', { consent: undefined }, 142, '请先阅读并同意隐私保护指引。'],
    ['consent false', { consent: false }, 142, '请先阅读并同意隐私保护指引。'],
    ['a name that is a number', { name: 123 }, 142, '姓名格式不对。'],
    ['household that is not a list', { household: '配偶' }, 142, '同住家人信息格式不对。'],
    ['a relation not on the list', { household: [{ relation: '朋友的朋友' }] }, 142, '请为每位同住家人选择与您的关系。'],
    ['a birth year as text', { birthYear: '1990' }, 142, '出生年份不对，请核对。'],
    ['consent as text', { consent: 'yes' }, 142, '请先阅读并同意隐私保护指引。'],
    ['an unknown building', { buildingId: 'NoSuchBldg' }, 101, '没有找到这个楼栋，请重新选择。'],
    ['a floor the building does not have', { room: '1单元901' }, 142, '1幢没有这个房号，请核对。'],
    ['a unit the building does not have', { room: '4单元101' }, 142, '1幢没有这个房号，请核对。'],
    ['a room in the wrong format', { room: '301室' }, 142, '房号格式应为“1单元301”。'],
    ['a move-in date more than a month ahead', { moveInDate: day(40) }, 142, '入住日期不能晚于一个月以后。'],
    ['a move-in date that is not a date', { moveInDate: '2026-02-30' }, 142, '请选择入住日期。'],
    ['an over-long name', { name: '王'.repeat(21) }, 142, '姓名最多20个字。'],
    ['a name with a control character', { name: '王\u0000伟' }, 142, '姓名里有无法识别的字符。'],
    ['a name with a line break', { name: '王\n伟' }, 142, '姓名里有无法识别的字符。'],
    // A right-to-left override showed a name reversed in the staff queue; zero-width characters make two names look alike.
    ['a name with a right-to-left override', { name: '王\u202e伟' }, 142, '姓名里有无法识别的字符。'],
    ['a name with a zero-width space at its end', { name: '王伟\u200b' }, 142, '姓名里有无法识别的字符。'],
    ['a workplace with a bidi isolate', { workplace: '\u2067社区\u2069' }, 142, '工作单位里有无法识别的字符。'],
    ['a bad phone', { phone: '12345' }, 142, '请填写11位手机号。'],
  ])('%s', async (_label, overrides, code, message) => {
    const params = Object.keys(overrides).length ? { ...validInput(place.buildingId), ...overrides } : {}
    const err = failure(await api.call('submitResidentRegistration', params, person.token))
    expect(err.code).toBe(code)
    expect(err.error).toBe(message)
    expect(isChinese(err.error)).toBe(true)
    expect(await registrationsOf(person.userId)).toBe(0)
  })

  it('refuses an anonymous caller with 142', async () => {
    const before = await db.count('Registration')
    const err = failure(await api.call('submitResidentRegistration', validInput(place.buildingId)))
    expect(err).toEqual({ code: 142, error: '请先登录。' })
    expect(await db.count('Registration')).toBe(before)
  })
})

describe('what a registration stores', () => {
  it('keeps HTML and script as plain text, exactly as typed', async () => {
    const person = await freshUser(api, 'html')
    const name = '<b>王伟</b>'
    const origin = '<script>alert(1)</script>'
    await api.ok('submitResidentRegistration', validInput(place.buildingId, { name, origin }), person.token)
    const { registration } = await api.ok('myRegistration', {}, person.token)
    expect(registration).toMatchObject({ name, origin, status: 'pending', submittedBy: 'self', submittedByName: null })
    const [row] = await db.rows<{ name: string; origin: string }>('SELECT "name", "origin" FROM "Registration" WHERE "user" = $1', [person.userId])
    expect(row).toEqual({ name, origin })
  })

  it('takes the place from the building, never from the client, and keeps the household by relation only', async () => {
    const person = await freshUser(api, 'place')
    const params = { ...validInput(place.buildingId), communityId: 'forged', street: 'forged' }
    const { registrationId } = await api.ok('submitResidentRegistration', params, person.token)
    const [row] = await db.rows<{ community: string; street: string; household: unknown }>(
      'SELECT "community", "street", "household" FROM "Registration" WHERE "objectId" = $1',
      [registrationId],
    )
    expect(row).toEqual({ community: place.communityId, street: place.streetId, household: [{ relation: '配偶' }, { relation: '子女' }] })
  })
})

describe('one pending registration per person', () => {
  it('refuses a second pending registration with 142, keeping the first', async () => {
    const person = await freshUser(api, 'twice')
    await api.ok('submitResidentRegistration', validInput(place.buildingId), person.token)
    const err = failure(await api.call('submitResidentRegistration', validInput(place.buildingId, { room: '1单元301' }), person.token))
    expect(err.code).toBe(142)
    expect(err.error).toBe('您已有一份登记在等待社区审核，请等审核结果出来后再提交。')
    expect(await registrationsOf(person.userId)).toBe(1)
  })

  it('holds when the same person submits 10 registrations at once: exactly one is pending', async () => {
    const person = await freshUser(api, 'race')
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => api.call('submitResidentRegistration', validInput(place.buildingId, { room: `1单元${i % 6 + 1}01` }), person.token)),
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    for (const r of replies.filter((x) => !x.ok)) expect(failure(r).code).toBe(142)
    expect(await db.count('Registration', `"user" = $1 AND "status" = 'pending'`, [person.userId])).toBe(1)
  })

  it('keeps history: after a rejection the corrected registration is a new pending one', async () => {
    const person = await freshUser(api, 'again')
    const first = await api.ok('submitResidentRegistration', validInput(place.buildingId), person.token)
    const staff = await api.login(DEMO.communityStaff)
    await api.ok('reviewResidentRegistration', { registrationId: first.registrationId, approve: false, reason: '房号与租房合同不一致，请核对。' }, staff)
    const rejected = (await api.ok('myRegistration', {}, person.token)).registration
    expect(rejected).toMatchObject({ status: 'rejected', reason: '房号与租房合同不一致，请核对。' })
    expect(rejected?.reviewerName).toBe((await api.ok('me', {}, staff)).displayName)
    const second = await api.ok('submitResidentRegistration', validInput(place.buildingId, { room: '1单元302' }), person.token)
    expect(second).toEqual({ registrationId: expect.any(String), status: 'pending' })
    expect(second.registrationId).not.toBe(first.registrationId)
    expect((await api.ok('myRegistration', {}, person.token)).registration).toMatchObject({ id: second.registrationId, room: '1单元302', reason: null })
    expect(await registrationsOf(person.userId)).toBe(2)
  })

  it('lets a registered resident register again only to move, not for the home they have', async () => {
    const token = await api.login(DEMO.resident)
    const before = await db.count('Registration')
    const err = failure(await api.call('submitResidentRegistration', validInput(place.buildingId, { room: '1单元101', phone: DEMO.resident }), token))
    expect(err).toEqual({ code: 142, error: '您已登记在这个住址，无需重复登记。' })
    expect(await db.count('Registration')).toBe(before)
    await api.ok('submitResidentRegistration', validInput(place.buildingId, { room: '1单元303', phone: DEMO.resident }), token)
    // Until the move is approved, home is still the old one.
    expect((await api.ok('myHome', {}, token)).building.room).toBe('1单元101')
  })
})

describe('registrations over the REST API', () => {
  it("nobody reads, lists or writes Registration rows directly, not even their own", async () => {
    const token = await api.login(DEMO.resident)
    const [{ objectId }] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "Registration" LIMIT 1')
    for (const path of ['/classes/Registration', `/classes/Registration/${objectId}`]) {
      const err = failure(await api.rest('GET', path, { token }))
      expect(err.code).toBe(119)
      expect(isChinese(err.error)).toBe(true)
    }
    expect(failure(await api.rest('GET', '/classes/Registration', { token: await api.login(DEMO.communityStaff) })).code).toBe(119)
    const before = await db.count('Registration')
    const forged = {
      name: '冒名',
      status: 'approved',
      submittedBy: 'self',
      street: { __type: 'Pointer', className: 'Street', objectId: place.streetId },
      community: { __type: 'Pointer', className: 'Community', objectId: place.communityId },
    }
    expect(failure(await api.rest('POST', '/classes/Registration', { token, body: forged })).code).toBe(119)
    expect(failure(await api.rest('PUT', `/classes/Registration/${objectId}`, { token, body: { status: 'approved' } })).code).toBe(119)
    expect(await db.count('Registration')).toBe(before)
  })
})

describe('wechatPhoneNumber', () => {
  it('exchanges the button code for the number, fetching an access token once and reusing it', async () => {
    const { token } = await freshUser(api, 'phone')
    const issued = stub.tokensIssued()
    expect(await api.ok('wechatPhoneNumber', { code: 'phone-13912345678' }, token)).toEqual({ phone: '13912345678' })
    expect(await api.ok('wechatPhoneNumber', { code: 'phone-13800000000' }, token)).toEqual({ phone: '13800000000' })
    expect(stub.tokensIssued() - issued).toBeLessThanOrEqual(1)
  })

  it('fetches a new token when WeChat revoked the cached one, and the caller never notices', async () => {
    const { token } = await freshUser(api, 'phone')
    await api.ok('wechatPhoneNumber', { code: 'phone-13912345678' }, token)
    stub.revokeTokens()
    const issued = stub.tokensIssued()
    expect(await api.ok('wechatPhoneNumber', { code: 'phone-13912345679' }, token)).toEqual({ phone: '13912345679' })
    expect(stub.tokensIssued()).toBe(issued + 1)
  })

  it.each([
    ['invalid', 141, '手机号授权已失效，请重新点击获取手机号。'],
    ['used', 141, '手机号授权已使用过，请重新点击获取手机号。'],
    ['busy', 141, '微信服务繁忙，请稍后再试。'],
    ['frequent', 141, '操作太频繁，请稍后再试。'],
    ['http500', 141, '微信服务繁忙，请稍后再试。'],
    ['foreign-2025550123', 142, '请使用中国大陆手机号，或手动填写。'],
    ['', 142, '手机号授权凭证缺失，请重新点击获取手机号。'],
  ])('maps WeChat\'s answer to code %s into Chinese', async (code, parseCode, message) => {
    const { token } = await freshUser(api, 'phone')
    const err = failure(await api.call('wechatPhoneNumber', { code }, token))
    expect(err).toEqual({ code: parseCode, error: message })
  })

  it('is for signed-in people only', async () => {
    expect(failure(await api.call('wechatPhoneNumber', { code: 'phone-13912345678' }))).toEqual({ code: 142, error: '请先登录。' })
  })
})
