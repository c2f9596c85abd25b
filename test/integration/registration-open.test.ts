/**
 * Staff see the registrations they work on, and no more (PIPL minimum, accountability): `me`
 * says which community a staff member works for; the queue holds summaries with masked phones;
 * a registration is opened in full one at a time, by its community's or street's staff, and
 * every opening is logged for the registrant, who may have no profile yet.
 */
import fs from 'node:fs'
import path from 'node:path'
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoHome, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let place: Awaited<ReturnType<typeof demoHome>>
const tokens = {} as Record<keyof typeof DEMO, string>
let registrationId: string

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  place = await demoHome(api, tokens.resident)
  registrationId = (await api.ok('submitResidentRegistration', validInput(place.buildingId), tokens.newcomer)).registrationId
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const accessRows = () => db.count('ProfileAccess')
const openingsOf = (id: string) => db.count('ProfileAccess', '"registration" = $1', [id])
const nameOf = async (who: keyof typeof DEMO) => (await api.ok('me', {}, tokens[who])).displayName

describe('me.staffCommunities', () => {
  it.each([
    ['13900000007', 'communityStaff', '杨家门社区'],
    ['13900000009', 'otherCommunityStaff', '庆丰社区'],
  ] as const)('names the one community %s works for', async (_phone, who, community) => {
    const me = await api.ok('me', {}, tokens[who])
    expect(me.staffCommunities.map((c) => c.name)).toEqual([community])
    expect(me.roles).toContain('communityStaff')
  })

  it("gives the community's id, the one the staff functions take", async () => {
    expect((await api.ok('me', {}, tokens.communityStaff)).staffCommunities).toEqual([{ id: place.communityId, name: '杨家门社区' }])
  })

  it.each([['a resident', 'resident'], ['a steward', 'steward'], ['street staff (known by their role)', 'streetStaff']] as const)(
    'is empty for %s',
    async (_label, who) => {
      expect((await api.ok('me', {}, tokens[who])).staffCommunities).toEqual([])
    },
  )
})

describe('listRegistrations gives summaries', () => {
  it('with a masked phone and no household, origin or workplace', async () => {
    const { items } = await api.ok('listRegistrations', { status: 'pending' }, tokens.communityStaff)
    const item = items.find((r) => r.id === registrationId)
    expect(item).toEqual({
      id: registrationId,
      status: 'pending',
      name: '韩平',
      maskedPhone: '139****0003',
      community: { id: place.communityId, name: '杨家门社区' },
      compound: { id: place.compoundId, name: expect.any(String) },
      building: { id: place.buildingId, name: '1幢' },
      room: '1单元201',
      moveInDate: validInput(place.buildingId).moveInDate,
      submittedAt: expect.any(String),
      submittedBy: 'self',
      isNewResident: false,
    })
    const text = JSON.stringify(items)
    expect(text).not.toMatch(/1[3-9]\d{9}/)
    expect(text).not.toMatch(/household|origin|workplace|安徽|桐乡经济开发区|配偶/)
  })

  it('and listing writes no access record', async () => {
    const before = await accessRows()
    await api.ok('listRegistrations', {}, tokens.communityStaff)
    expect(await accessRows()).toBe(before)
  })
})

describe('openRegistration', () => {
  it('gives its community staff the full registration and logs the opening', async () => {
    const { registration } = await api.ok('openRegistration', { registrationId }, tokens.communityStaff)
    expect(registration).toMatchObject({
      id: registrationId,
      status: 'pending',
      phone: DEMO.newcomer,
      household: [{ relation: '配偶' }, { relation: '子女' }],
      origin: '安徽',
      workplace: '桐乡经济开发区',
      residentId: null,
    })
    expect(await openingsOf(registrationId)).toBe(1)
  })

  it('shows the opening to the registrant, who has no profile yet, in myProfileAccessLog', async () => {
    expect((await api.ok('me', {}, tokens.newcomer)).hasHome).toBe(false)
    const { items } = await api.ok('myProfileAccessLog', {}, tokens.newcomer)
    expect(items).toEqual([{ at: expect.any(String), viewerName: await nameOf('communityStaff'), viewerRole: 'communityStaff' }])
  })

  it('logs every opening, street staff under their role', async () => {
    await api.ok('openRegistration', { registrationId }, tokens.streetStaff)
    await api.ok('openRegistration', { registrationId }, tokens.communityStaff)
    expect(await openingsOf(registrationId)).toBe(3)
    const { items } = await api.ok('myProfileAccessLog', {}, tokens.newcomer)
    expect(items.map((i) => i.viewerRole)).toEqual(['communityStaff', 'streetStaff', 'communityStaff'])
  })

  it.each([
    ['a resident', 'resident', '只有社区工作人员或街道工作人员可以进行此操作。'],
    ['a steward', 'steward', '只有社区工作人员或街道工作人员可以进行此操作。'],
    ["another community's staff", 'otherCommunityStaff', '您只能查看本社区居民的登记。'],
  ] as const)('refuses %s with 119 and a Chinese sentence, and logs nothing', async (_label, who, message) => {
    const before = await accessRows()
    const err = failure(await api.call('openRegistration', { registrationId }, tokens[who]))
    expect(err).toEqual({ code: 119, error: message })
    expect(isChinese(err.error)).toBe(true)
    expect(await accessRows()).toBe(before)
  })

  it('answers an unknown registration with 101 and a malformed id with 142', async () => {
    const before = await accessRows()
    expect(failure(await api.call('openRegistration', { registrationId: 'NoSuchReg1' }, tokens.communityStaff))).toEqual({
      code: 101,
      error: '没有找到这份登记，请刷新列表。',
    })
    for (const bad of ['', 'not an id!', 42, undefined]) {
      expect(failure(await api.call('openRegistration', { registrationId: bad }, tokens.communityStaff))).toEqual({ code: 142, error: '请选择要查看的登记。' })
    }
    expect(await accessRows()).toBe(before)
  })

  it('after approval names the profile it made, which staff open (logged) from there', async () => {
    await api.ok('reviewResidentRegistration', { registrationId, approve: true }, tokens.communityStaff)
    const { registration } = await api.ok('openRegistration', { registrationId }, tokens.communityStaff)
    const [profile] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "Resident" WHERE "phone" = $1', [DEMO.newcomer])
    expect(registration).toMatchObject({ status: 'approved', residentId: profile.objectId })

    const opened = await api.ok('viewResidentProfile', { residentId: profile.objectId }, tokens.communityStaff)
    expect(opened.profile).toMatchObject({ id: profile.objectId, residentId: profile.objectId, phone: DEMO.newcomer })
    // Openings of the registration (4) and of the profile (1), each once, under the profile and the login alike.
    const { items } = await api.ok('myProfileAccessLog', {}, tokens.newcomer)
    expect(items).toHaveLength(5)
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse())
  })
})

describe('the access log holds app roles only', () => {
  it('refuses a row whose role is not one, even written with the master key', async () => {
    const masterKey = fs.readFileSync(path.join(server.dataDir, 'master-key'), 'utf8').trim()
    const write = (viewerRole: string) =>
      fetch(`${server.base}/classes/ProfileAccess`, {
        method: 'POST',
        headers: { ...api.headers(), 'X-Parse-Master-Key': masterKey },
        body: JSON.stringify({ viewerRole, at: { __type: 'Date', iso: new Date().toISOString() } }),
      })
    const refused = await write('社区工作人员')
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { code: number }).code).toBe(142)
    expect((await write('communityStaff')).status).toBe(201)
  })
})
