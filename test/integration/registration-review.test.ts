/**
 * Reviewing registrations: the demo newcomer registers and the demo community staff approves
 * (role, home and steward follow); who may review and list; rejection needs a reason; the
 * staff queue's filters and paging; staff registering a resident in person.
 */
import type { RegistrationSummary } from '@contract/domain'
import { TestClient, failure, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { day, demoHome, validInput } from './support/registration'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let place: Awaited<ReturnType<typeof demoHome>>
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  place = await demoHome(api, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const statusOf = async (id: string) => (await db.rows<{ status: string }>('SELECT "status" FROM "Registration" WHERE "objectId" = $1', [id]))[0]?.status

/** A pending registration by a demo person: the newcomer, or the senior moving within the building. */
async function pendingBy(who: 'newcomer' | 'senior', room: string): Promise<string> {
  const name = (await api.ok('me', {}, tokens[who])).displayName
  return (await api.ok('submitResidentRegistration', validInput(place.buildingId, { name, phone: DEMO[who], room }), tokens[who])).registrationId
}

describe('the demo newcomer registers and the demo community staff approves', () => {
  let registrationId: string

  it('the newcomer has no home and no role before', async () => {
    expect(failure(await api.call('myHome', {}, tokens.newcomer)).code).toBe(101)
    expect((await api.ok('me', {}, tokens.newcomer)).roles).toEqual([])
  })

  it("the registration waits in the staff's queue", async () => {
    registrationId = (await api.ok('submitResidentRegistration', validInput(place.buildingId, { moveInDate: day(-60) }), tokens.newcomer)).registrationId
    const { items } = await api.ok('listRegistrations', { status: 'pending' }, tokens.communityStaff)
    expect(items.find((r) => r.id === registrationId)).toMatchObject({ status: 'pending', name: '韩平', maskedPhone: '139****0003', room: '1单元201' })
  })

  it('approval binds them: role resident, home with building and steward, new resident, verified profile', async () => {
    expect(await api.ok('reviewResidentRegistration', { registrationId, approve: true }, tokens.communityStaff)).toEqual({ status: 'approved' })
    const me = await api.ok('me', {}, tokens.newcomer)
    expect(me).toMatchObject({ roles: ['resident'], hasHome: true, isNewResident: true, displayName: '韩平' })
    const home = await api.ok('myHome', {}, tokens.newcomer)
    expect(home.building).toEqual({ id: place.buildingId, name: '1幢', room: '1单元201' })
    expect(home.steward).toMatchObject({ maskedPhone: '139****0004' })
    const { registration } = await api.ok('myRegistration', {}, tokens.newcomer)
    expect(registration).toMatchObject({ status: 'approved', isNewResident: true, reviewerName: (await api.ok('me', {}, tokens.communityStaff)).displayName })
  })

  it("sets the profile's ACL exactly as the seed does, while clients still read it only through functions", async () => {
    const [row] = await db.rows<{ _rperm: string[]; verified: boolean; household: unknown }>(
      'SELECT "_rperm", "verified", "household" FROM "Resident" WHERE "phone" = $1',
      [DEMO.newcomer],
    )
    const me = await api.ok('me', {}, tokens.newcomer)
    expect(row._rperm).toEqual([me.userId, `role:steward_${place.buildingId}`, `role:communityStaff_${place.communityId}`, `role:streetStaff_${place.streetId}`])
    expect(row).toMatchObject({ verified: true, household: [{ relation: '配偶' }, { relation: '子女' }] })
    const where = encodeURIComponent(JSON.stringify({ phone: DEMO.newcomer }))
    // The ACL records who may see the profile; over REST nobody reads it, the steward included.
    for (const token of [tokens.steward, tokens.resident]) {
      expect(failure(await api.rest('GET', `/classes/Resident?where=${where}`, { token })).code).toBe(119)
    }
  })

  it('a reviewed registration cannot be reviewed again', async () => {
    const err = failure(await api.call('reviewResidentRegistration', { registrationId, approve: false, reason: '重复' }, tokens.communityStaff))
    expect(err).toEqual({ code: 142, error: '这份登记已经审核过了，请刷新列表。' })
    expect(await statusOf(registrationId)).toBe('approved')
  })
})

describe('who may review', () => {
  let registrationId: string
  beforeAll(async () => {
    registrationId = await pendingBy('senior', '1单元302')
  })

  it.each([
    ['a resident', 'resident', '只有社区工作人员或街道工作人员可以进行此操作。'],
    ['a steward', 'steward', '只有社区工作人员或街道工作人员可以进行此操作。'],
    ['staff of another community', 'otherCommunityStaff', '您只能审核本社区居民的登记。'],
  ] as const)('%s is refused with 119, and the registration stays pending', async (_label, who, message) => {
    const err = failure(await api.call('reviewResidentRegistration', { registrationId, approve: true }, tokens[who]))
    expect(err).toEqual({ code: 119, error: message })
    expect(await statusOf(registrationId)).toBe('pending')
    expect((await api.ok('myHome', {}, tokens.senior)).building.room).toBe('1单元102')
  })

  it('staff of another community do not see it in their queue; street staff do', async () => {
    const other = await api.ok('listRegistrations', {}, tokens.otherCommunityStaff)
    expect(other.items.map((r) => r.id)).not.toContain(registrationId)
    const street = await api.ok('listRegistrations', { status: 'pending' }, tokens.streetStaff)
    expect(street.items.map((r) => r.id)).toContain(registrationId)
  })

  it('residents cannot list the queue', async () => {
    expect(failure(await api.call('listRegistrations', {}, tokens.resident)).code).toBe(119)
  })

  it.each([
    ['no reason', undefined, '驳回时请写明原因，方便居民修改。'],
    ['a blank reason', '   ', '驳回时请写明原因，方便居民修改。'],
    ['a reason that is not text', 42, '驳回时请写明原因，方便居民修改。'],
    ['an over-long reason', '原'.repeat(201), '原因最多200个字。'],
  ])('a rejection with %s is refused with 142', async (_label, reason, message) => {
    const err = failure(await api.call('reviewResidentRegistration', { registrationId, approve: false, reason }, tokens.communityStaff))
    expect(err).toEqual({ code: 142, error: message })
    expect(await statusOf(registrationId)).toBe('pending')
  })

  it('an unknown registration is 101; a missing decision is 142', async () => {
    expect(failure(await api.call('reviewResidentRegistration', { registrationId: 'NoSuchReg1', approve: true }, tokens.communityStaff))).toEqual({
      code: 101,
      error: '没有找到这份登记，请刷新列表。',
    })
    expect(failure(await api.call('reviewResidentRegistration', { registrationId }, tokens.communityStaff))).toEqual({ code: 142, error: '请选择通过或驳回。' })
  })

  it("street staff may approve it, and the senior's home moves to the new room", async () => {
    await api.ok('reviewResidentRegistration', { registrationId, approve: true }, tokens.streetStaff)
    expect((await api.ok('myHome', {}, tokens.senior)).building.room).toBe('1单元302')
  })
})

describe('the staff queue', () => {
  it('filters by status, compound and date, and pages newest first without repeats', async () => {
    const staff = tokens.communityStaff
    const all: RegistrationSummary[] = []
    let cursor: string | null | undefined
    do {
      const page = await api.ok('listRegistrations', { limit: 1, ...(cursor ? { cursor } : {}) }, staff)
      expect(page.items.length).toBeLessThanOrEqual(1)
      all.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    expect(all.length).toBeGreaterThanOrEqual(2)
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length)
    const times = all.map((r) => r.submittedAt)
    expect([...times].sort().reverse()).toEqual(times)
    expect((await api.ok('listRegistrations', { status: 'approved' }, staff)).items.every((r) => r.status === 'approved')).toBe(true)
    expect((await api.ok('listRegistrations', { compoundId: place.compoundId }, staff)).items).toHaveLength(all.length)
    expect((await api.ok('listRegistrations', { compoundId: 'Elsewhere1' }, staff)).items).toEqual([])
    expect((await api.ok('listRegistrations', { from: day(0), to: day(0) }, staff)).items).toHaveLength(all.length)
    expect((await api.ok('listRegistrations', { to: day(-1) }, staff)).items).toEqual([])
  })

  it.each([
    [{ status: 'done' }, '请选择审核状态：待审核、已通过或已驳回。'],
    [{ from: '2026/07/01' }, '开始日期格式应为“2026-07-01”。'],
    [{ limit: 500 }, '每页条数应为1到50。'],
    [{ cursor: 'bm9wZQ' }, '翻页位置无效，请刷新列表。'],
  ])('refuses %j with 142', async (params, message) => {
    expect(failure(await api.call('listRegistrations', params, tokens.communityStaff))).toEqual({ code: 142, error: message })
  })
})

describe('registerOnBehalf', () => {
  const input = () => validInput(place.buildingId, { name: '沈阿婆', phone: '13700000001', room: '1单元103', birthYear: 1940, consent: true })

  it('creates a verified profile without a login, recorded as staff-entered by the staff member', async () => {
    const result = await api.ok('registerOnBehalf', input(), tokens.communityStaff)
    const { items } = await api.ok('listRegistrations', { status: 'approved' }, tokens.communityStaff)
    expect(items.find((r) => r.id === result.registrationId)).toMatchObject({ submittedBy: 'staff', name: '沈阿婆' })
    const { registration: entered } = await api.ok('openRegistration', { registrationId: result.registrationId }, tokens.communityStaff)
    const staffName = (await api.ok('me', {}, tokens.communityStaff)).displayName
    expect(entered).toMatchObject({ submittedBy: 'staff', submittedByName: staffName, reviewerName: staffName, name: '沈阿婆', residentId: result.residentId })
    const [row] = await db.rows<{ user: string | null; verified: boolean; _rperm: string[] }>(
      'SELECT "user", "verified", "_rperm" FROM "Resident" WHERE "objectId" = $1',
      [result.residentId],
    )
    expect(row).toEqual({ user: null, verified: true, _rperm: [`role:steward_${place.buildingId}`, `role:communityStaff_${place.communityId}`, `role:streetStaff_${place.streetId}`] })
  })

  it('refuses the same person at the same address twice, a resident, and staff of another community', async () => {
    const before = await db.count('Resident')
    expect(failure(await api.call('registerOnBehalf', input(), tokens.communityStaff))).toEqual({ code: 142, error: '这位居民已经登记在这个住址，无需重复登记。' })
    const other = failure(await api.call('registerOnBehalf', { ...input(), phone: '13700000002' }, tokens.otherCommunityStaff))
    expect(other).toEqual({ code: 119, error: '您只能为本社区的居民代为登记。' })
    const resident = failure(await api.call('registerOnBehalf', { ...input(), phone: '13700000003' }, tokens.resident))
    expect(resident.code).toBe(119)
    expect(isChinese(resident.error)).toBe(true)
    expect(await db.count('Resident')).toBe(before)
  })
})

describe('wechatPhoneNumber without WeChat configured', () => {
  it('says so with 119', async () => {
    const err = failure(await api.call('wechatPhoneNumber', { code: 'phone-13912345678' }, tokens.newcomer))
    expect(err).toEqual({ code: 119, error: '微信手机号授权尚未配置，请手动填写手机号。' })
  })
})
