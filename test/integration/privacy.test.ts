/**
 * Privacy (PIPL): who may open a resident's full profile (every opening logged, the resident
 * sees who looked), exporting everything held, and deleting one's data.
 */
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoHome, freshUser, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

let server: TestServer
let stub: WechatStub
let api: TestClient
let db: TestDb
const tokens = {} as Record<keyof typeof DEMO, string>
let residentId: string
let place: Awaited<ReturnType<typeof demoHome>>

beforeAll(async () => {
  stub = await startWechatStub()
  server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  const [own] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "Resident" WHERE "phone" = $1', [DEMO.resident])
  residentId = own.objectId
  place = await demoHome(api, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
  await stub?.close()
})

const accesses = () => db.count('ProfileAccess', '"resident" = $1', [residentId])
const nameOf = async (who: keyof typeof DEMO) => (await api.ok('me', {}, tokens[who])).displayName

describe('viewResidentProfile', () => {
  it.each([
    ['community staff of their community', 'communityStaff'],
    ["their building's steward", 'steward'],
    ['street staff', 'streetStaff'],
  ] as const)('%s open the full profile, and the opening is logged', async (_label, who) => {
    const before = await accesses()
    const { profile } = await api.ok('viewResidentProfile', { residentId }, tokens[who])
    expect(profile).toMatchObject({ id: residentId, residentId, status: 'approved', phone: DEMO.resident, room: '1单元101', building: { id: place.buildingId, name: '1幢' } })
    expect(await accesses()).toBe(before + 1)
  })

  it.each([
    ['another resident, even a neighbour', 'senior'],
    ["another building's steward", 'otherSteward'],
    ['a micro-grid leader', 'gridLeader'],
    ["another community's staff", 'otherCommunityStaff'],
  ] as const)('%s is refused with 119, and nothing is logged', async (_label, who) => {
    const before = await accesses()
    expect(failure(await api.call('viewResidentProfile', { residentId }, tokens[who]))).toEqual({ code: 119, error: '您没有权限查看这位居民的资料。' })
    expect(await accesses()).toBe(before)
  })

  it('an unknown resident is 101; a malformed id is 142', async () => {
    expect(failure(await api.call('viewResidentProfile', { residentId: 'NoSuchOne1' }, tokens.communityStaff)).code).toBe(101)
    expect(failure(await api.call('viewResidentProfile', { residentId: '' }, tokens.communityStaff))).toEqual({ code: 142, error: '请选择要查看的居民。' })
  })

  it('the resident sees who looked and in which role, newest first, never their phones', async () => {
    const { items } = await api.ok('myProfileAccessLog', {}, tokens.resident)
    expect(items.map((i) => [i.viewerName, i.viewerRole])).toEqual([
      [await nameOf('streetStaff'), 'streetStaff'],
      [await nameOf('steward'), 'steward'],
      [await nameOf('communityStaff'), 'communityStaff'],
    ])
    expect(JSON.stringify(items)).not.toMatch(/1[3-9]\d{9}|\*\*\*\*/)
    expect((await api.ok('myProfileAccessLog', {}, tokens.senior)).items).toEqual([])
  })

  it("a resident cannot read another resident's profile or the access log over the REST API", async () => {
    // Closed by the route allow-list (server/http/routes.ts), whatever the row's ACL says.
    const err = failure(await api.rest('GET', `/classes/Resident/${residentId}`, { token: tokens.senior }))
    expect(err.code).toBe(119)
    expect(isChinese(err.error)).toBe(true)
    expect(failure(await api.rest('GET', '/classes/ProfileAccess', { token: tokens.resident })).code).toBe(119)
  })
})

describe('exportMyData', () => {
  it('holds everything about the caller and nothing of anyone else', async () => {
    const { items } = await api.ok('myGuide', {}, tokens.resident)
    await api.ok('tickGuideItem', { itemId: items[1].id, done: true }, tokens.resident)
    await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, tokens.resident)
    const data = await api.ok('exportMyData', {}, tokens.resident)
    expect(data.account).toMatchObject({ userId: (await api.ok('me', {}, tokens.resident)).userId, loginMethods: ['演示登录'] })
    expect(data.profile).toMatchObject({ name: await nameOf('resident'), phone: DEMO.resident, community: '杨家门社区', building: '1幢', room: '1单元101' })
    expect(data.roles).toEqual(['resident'])
    expect(data.guideTicks).toEqual([{ title: items[1].title, at: expect.any(String) }])
    expect(data.profileAccesses).toHaveLength(3)
    expect(data.familyLinks).toEqual([expect.objectContaining({ status: 'pending', other: expect.objectContaining({ maskedPhone: '139****0002' }) })])
    expect(data).toMatchObject({ registrations: [], actsForMe: [] })
    const phones = JSON.stringify(data).match(/1[3-9]\d{9}/g) ?? []
    expect(new Set(phones)).toEqual(new Set([DEMO.resident]))
  })
})

describe('deleteMyData', () => {
  it.each([
    ['no confirmation', {}],
    ['confirm false', { confirm: false }],
    ['confirm as text', { confirm: 'yes' }],
  ])('refuses %s with 142, and nothing changes', async (_label, params) => {
    const err = failure(await api.call('deleteMyData', params, tokens.senior))
    expect(err).toEqual({ code: 142, error: '请确认要注销账号并删除您的全部个人信息。' })
    expect((await api.ok('me', {}, tokens.senior)).maskedPhone).toBe('139****0002')
  })

  it('erases a registered WeChat user: profile, registrations, ticks, links, sessions, login and roles', async () => {
    const person = await freshUser(api, 'leaving')
    const { registrationId } = await api.ok('submitResidentRegistration', validInput(place.buildingId, { phone: '13611112222', room: '2单元301' }), person.token)
    await api.ok('reviewResidentRegistration', { registrationId, approve: true }, tokens.communityStaff)
    const { items } = await api.ok('myGuide', {}, person.token)
    await api.ok('tickGuideItem', { itemId: items[0].id, done: true }, person.token)
    await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, person.token)
    const [{ objectId: profileId }] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "Resident" WHERE "user" = $1', [person.userId])
    await api.ok('viewResidentProfile', { residentId: profileId }, tokens.communityStaff)

    expect(await api.ok('deleteMyData', { confirm: true }, person.token)).toEqual({ deleted: true })
    expect(failure(await api.call('me', {}, person.token))).toEqual({ code: 209, error: '登录已过期，请重新登录。' })

    const [profile] = await db.rows('SELECT * FROM "Resident" WHERE "objectId" = $1', [profileId])
    expect(profile).toMatchObject({ name: '已注销居民', phone: null, room: null, building: null, compound: null, birthYear: null, moveInDate: null, origin: null, workplace: null, household: null, user: null, verified: false, community: place.communityId })
    expect(profile._rperm).toEqual([`role:communityStaff_${place.communityId}`, `role:streetStaff_${place.streetId}`])
    const [registration] = await db.rows('SELECT * FROM "Registration" WHERE "objectId" = $1', [registrationId])
    expect(registration).toMatchObject({ name: '已注销居民', phone: null, room: null, user: null, origin: null, workplace: null, household: null, status: 'approved' })
    expect(await db.count('GuideTick', '"user" = $1', [person.userId])).toBe(0)
    expect(await db.count('FamilyLink', '"family" = $1 OR "senior" = $1', [person.userId])).toBe(0)
    expect(await db.count('_Session', '"user" = $1', [person.userId])).toBe(0)
    expect(await db.count('_Join:users:_Role', '"relatedId" = $1', [person.userId])).toBe(0)
    const [login] = await db.rows('SELECT "username", "authData" FROM "_User" WHERE "objectId" = $1', [person.userId])
    expect(login).toEqual({ username: `deleted_${person.userId}`, authData: null })
    // The staff's record of having opened the profile stays.
    expect(await db.count('ProfileAccess', '"resident" = $1', [profileId])).toBe(1)

    // The same WeChat account now starts afresh.
    const again = await api.ok('wechatLogin', { code: `ok-${person.openid}` })
    expect(again.isNew).toBe(true)
    const me = await api.ok('me', {}, again.sessionToken)
    expect(me).toMatchObject({ hasHome: false, roles: [], displayName: '微信用户' })
    expect(me.userId).not.toBe(person.userId)
  })

  it('closes a registration still waiting for review, so it leaves the queue', async () => {
    const person = await freshUser(api, 'pending')
    const { registrationId } = await api.ok('submitResidentRegistration', validInput(place.buildingId, { room: '2单元302' }), person.token)
    await api.ok('deleteMyData', { confirm: true }, person.token)
    const { items } = await api.ok('listRegistrations', { status: 'pending' }, tokens.communityStaff)
    expect(items.map((r) => r.id)).not.toContain(registrationId)
    const [row] = await db.rows('SELECT "status", "reason", "name" FROM "Registration" WHERE "objectId" = $1', [registrationId])
    expect(row).toEqual({ status: 'rejected', reason: '居民已注销账号。', name: '已注销居民' })
  })

  it('a steward who leaves stops being anyone’s steward; what others depend on stays, without them', async () => {
    expect(await api.ok('deleteMyData', { confirm: true }, tokens.otherSteward)).toEqual({ deleted: true })
    expect((await api.ok('myHome', {}, tokens.gridLeader)).steward).toBeNull()
    expect(failure(await api.call('demoLogin', { phone: DEMO.otherSteward })).code).toBe(101)
    expect(await db.count('StewardAssignment', '"endedAt" IS NOT NULL')).toBe(1)
  })
})
