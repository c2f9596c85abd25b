/** Red summons (#5) on site and the time bank: codes, check-in/out, attendance, confirmation, the ledger, privacy. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { activity, HOURS, master, residents } from './support/activities'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let ops: ReturnType<typeof master>
const tokens = {} as Record<keyof typeof DEMO, string>
const MIN = 60_000

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  ops = master(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
})

afterEach(async () => {
  await ops.setClock(null)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const state = async () => ({
  ledger: await db.count('TimeBankEntry'),
  sum: (await db.rows<{ s: number }>('SELECT COALESCE(sum("hours"), 0)::float8 AS s FROM "TimeBankEntry"'))[0].s,
  checkIns: await db.count('ActivitySignup', '"checkInAt" IS NOT NULL'),
  checkOuts: await db.count('ActivitySignup', '"checkOutAt" IS NOT NULL'),
  closed: await db.count('Activity', `"status" = 'closed'`),
})

async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string): Promise<void> {
  const before = await state()
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (message) expect(err.error).toBe(message)
  expect(await state()).toEqual(before)
}

/** An activity 48 h ahead (3 h long) with the demo resident, senior and steward signed up. */
async function withVolunteers(overrides: Record<string, unknown> = {}): Promise<{ id: string; start: number }> {
  const input = activity(new Date(), overrides, 48, 3)
  const { activityId } = await api.ok('createActivity', input, tokens.communityStaff)
  for (const t of [tokens.resident, tokens.senior, tokens.steward]) await api.ok('signUpForActivity', { activityId }, t)
  return { id: activityId, start: Date.parse(input.startsAt) }
}

const at = (ms: number) => ops.setClock(new Date(ms))
const code = async (id: string) => (await api.ok('issueCheckInCode', { activityId: id }, tokens.communityStaff)).code
const balance = async (t: string) => (await api.ok('myTimeBank', {}, t)).balanceHours

describe('check-in codes', () => {
  it('changes every minute and is accepted in its minute and the next', async () => {
    const { id, start } = await withVolunteers()
    await at(start - 10 * MIN)
    const first = await api.ok('issueCheckInCode', { activityId: id }, tokens.communityStaff)
    expect(first.code).toMatch(/^[A-Z2-9]{8}$/)
    expect(Date.parse(first.expiresAt)).toBeGreaterThan(start - 10 * MIN)
    await at(start - 9 * MIN)
    const second = await code(id)
    expect(second).not.toBe(first.code)
    expect(await api.ok('checkIn', { activityId: id, code: first.code.toLowerCase() }, tokens.resident)).toEqual({ checkInAt: expect.any(String) })
  })

  it('refuses a resident issuing codes (119)', async () => {
    const { id } = await withVolunteers()
    await refused(() => api.call('issueCheckInCode', { activityId: id }, tokens.resident), 119, '只有活动组织者或负责该活动的工作人员可以进行此操作。')
    await refused(() => api.call('issueCheckInCode', { activityId: id }, tokens.otherCommunityStaff), 119)
  })

  it('refuses an expired, forged or other activity’s code (142), and nothing is recorded', async () => {
    const { id, start } = await withVolunteers()
    const { id: otherId } = await withVolunteers()
    await at(start)
    const old = await code(id)
    const others = (await api.ok('issueCheckInCode', { activityId: otherId }, tokens.communityStaff)).code
    await at(start + 5 * MIN)
    await refused(() => api.call('checkIn', { activityId: id, code: old }, tokens.resident), 142, '签到码已过期，请扫描组织者手机上最新的二维码。')
    await refused(() => api.call('checkIn', { activityId: id, code: 'ABCDEFGH' }, tokens.resident), 142, '签到码不对，请核对后重新输入或重新扫码。')
    await at(start)
    await refused(() => api.call('checkIn', { activityId: id, code: others }, tokens.resident), 142, '签到码不对，请核对后重新输入或重新扫码。')
    await refused(() => api.call('checkIn', { activityId: id, code: '' }, tokens.resident), 142)
  })

  it('refuses check-out before check-in (142), and check-in without a confirmed place', async () => {
    const { id, start } = await withVolunteers({ capacity: 2 })
    await at(start + 30 * MIN)
    const c = await code(id)
    await refused(() => api.call('checkOut', { activityId: id, code: c }, tokens.resident), 142, '您还没有签到，请先签到再签退。')
    // The steward is on the waiting list (capacity 2).
    await refused(() => api.call('checkIn', { activityId: id, code: c }, tokens.steward), 142, '您没有这个活动的正式名额，不能签到。')
  })

  it('refuses check-in long before the start', async () => {
    const { id, start } = await withVolunteers()
    await at(start - 3 * HOURS)
    const c = await code(id)
    await refused(() => api.call('checkIn', { activityId: id, code: c }, tokens.resident), 142, '活动开始前一小时内才能签到。')
  })
})

describe('hours and confirmation', () => {
  it('credits check-out minus check-in (rounded to the half hour), a hand-marked attendance in full, nothing for a no-show', async () => {
    const { id, start } = await withVolunteers()
    const before = { resident: await balance(tokens.resident), senior: await balance(tokens.senior), steward: await balance(tokens.steward) }
    await at(start - 10 * MIN)
    await api.ok('checkIn', { activityId: id, code: await code(id) }, tokens.resident)
    await api.ok('checkIn', { activityId: id, code: await code(id) }, tokens.resident) // a second scan keeps the first time
    await at(start + 2 * HOURS)
    const out = await api.ok('checkOut', { activityId: id, code: await code(id) }, tokens.resident)
    expect(out.hours).toBe(2) // 2 h 10 min rounds to 2
    const { userId: seniorId } = await api.ok('me', {}, tokens.senior)
    const { userId: stewardId } = await api.ok('me', {}, tokens.steward)
    expect(await api.ok('markAttendance', { activityId: id, userId: seniorId, present: true }, tokens.communityStaff)).toEqual({ attendance: 'present' })
    expect(await api.ok('markAttendance', { activityId: id, userId: stewardId, present: false }, tokens.communityStaff)).toEqual({ attendance: 'noShow' })
    await refused(() => api.call('markAttendance', { activityId: id, userId: seniorId, present: true }, tokens.resident), 119)
    const roster = await api.ok('activityRoster', { activityId: id }, tokens.communityStaff)
    expect(roster.entries.map((e) => [e.hours, e.attendance])).toEqual([[2, 'present'], [3, 'present'], [0, 'noShow']])
    expect(roster.entries.every((e) => /^\d{3}\*{4}\d{4}$/.test(e.phone))).toBe(true)
    await refused(() => api.call('confirmAttendance', { activityId: id }, tokens.resident), 119)
    await at(start + 3 * HOURS)
    expect(await api.ok('confirmAttendance', { activityId: id }, tokens.communityStaff)).toEqual({ credited: 2, hours: 5, noShows: 1 })
    expect(await balance(tokens.resident)).toBe(before.resident + 2)
    expect(await balance(tokens.senior)).toBe(before.senior + 3)
    expect(await balance(tokens.steward)).toBe(before.steward)
    const bank = await api.ok('myTimeBank', {}, tokens.resident)
    expect(bank.entries[0]).toMatchObject({ hours: 2, source: 'attendance', activityId: id })
    const mine = await api.ok('myActivities', {}, tokens.resident)
    expect(mine.past.find((m) => m.id === id)).toMatchObject({ hours: 2, attendance: 'present', status: 'closed' })

    // Confirming twice fails and credits nothing more.
    await refused(() => api.call('confirmAttendance', { activityId: id }, tokens.communityStaff), 142, '这个活动的时长已确认过，不能重复确认；如需更正请由工作人员调整。')
    await refused(() => api.call('checkOut', { activityId: id, code: 'ABCDEFGH' }, tokens.resident), 142)
  })

  it('caps measured hours at the activity’s length; fixed hours override the clock', async () => {
    const { id, start } = await withVolunteers()
    const fixed = await withVolunteers({ fixedHours: 1.5 })
    const before = await balance(tokens.resident)
    await at(start - 50 * MIN)
    await api.ok('checkIn', { activityId: id, code: await code(id) }, tokens.resident)
    await api.ok('checkIn', { activityId: fixed.id, code: await code(fixed.id) }, tokens.resident)
    await at(start + 3 * HOURS + 60 * MIN)
    expect((await api.ok('checkOut', { activityId: id, code: await code(id) }, tokens.resident)).hours).toBe(3)
    expect((await api.ok('checkOut', { activityId: fixed.id, code: await code(fixed.id) }, tokens.resident)).hours).toBe(1.5)
    await api.ok('confirmAttendance', { activityId: id }, tokens.communityStaff)
    await api.ok('confirmAttendance', { activityId: fixed.id }, tokens.communityStaff)
    expect(await balance(tokens.resident)).toBe(before + 4.5)
  })

  it('credits once when many confirmations race', async () => {
    const { id, start } = await withVolunteers()
    await at(start)
    await api.ok('checkIn', { activityId: id, code: await code(id) }, tokens.resident)
    await at(start + 3 * HOURS)
    const ledger = await db.count('TimeBankEntry')
    const replies = await Promise.all(Array.from({ length: 12 }, () => api.call('confirmAttendance', { activityId: id }, tokens.communityStaff)))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 142)).toBe(true)
    expect(await db.count('TimeBankEntry')).toBe(ledger + 1)
  })

  it('refuses confirming before the activity starts', async () => {
    const { id } = await withVolunteers()
    await refused(() => api.call('confirmAttendance', { activityId: id }, tokens.communityStaff), 142, '活动还没有开始，不能确认时长。')
  })
})

describe('the ledger', () => {
  it('staff add an adjustment with a reason as a new entry; residents cannot', async () => {
    const { userId } = await api.ok('me', {}, tokens.resident)
    const before = await balance(tokens.resident)
    const { entryId } = await api.ok('adjustTimeBank', { userId, hours: 1.5, reason: '补录6月活动' }, tokens.communityStaff)
    expect(await balance(tokens.resident)).toBe(before + 1.5)
    const bank = await api.ok('myTimeBank', {}, tokens.resident)
    expect(bank.entries.find((e) => e.id === entryId)).toMatchObject({ source: 'adjustment', reason: '补录6月活动', hours: 1.5 })
    await refused(() => api.call('adjustTimeBank', { userId, hours: 5, reason: '我自己加的' }, tokens.resident), 119, '只有社区或街道工作人员可以调整志愿时长。')
    await refused(() => api.call('adjustTimeBank', { userId, hours: 0, reason: '零' }, tokens.communityStaff), 142, '调整时长应为非零、以半小时计的数。')
    await refused(() => api.call('adjustTimeBank', { userId, hours: 1, reason: ' ' }, tokens.communityStaff), 142)
    await refused(() => api.call('adjustTimeBank', { userId, hours: 1, reason: '别的社区' }, tokens.otherCommunityStaff), 119)
    await refused(() => api.call('adjustTimeBank', { userId, hours: -(before + 100), reason: '扣光' }, tokens.communityStaff), 142)
  })

  it('shows only volunteers who opted in on the leaderboard, names masked', async () => {
    const { userId } = await api.ok('me', {}, tokens.resident)
    await api.ok('adjustTimeBank', { userId, hours: 80, reason: '测试排行' }, tokens.communityStaff)
    expect((await api.ok('leaderboard', {}, tokens.senior)).rows.some((r) => r.hours >= 80)).toBe(false)
    expect(await api.ok('setLeaderboardOptIn', { optIn: true }, tokens.resident)).toEqual({ onLeaderboard: true })
    const rows = (await api.ok('leaderboard', {}, tokens.resident)).rows
    const me = rows.find((r) => r.isMe)!
    expect(me.name).toMatch(/\*/)
    expect(me.community).toBe('杨家门社区')
    expect((await api.ok('leaderboard', {}, tokens.senior)).rows.find((r) => r.name === me.name && r.hours === me.hours)?.isMe).toBe(false)
    await api.ok('setLeaderboardOptIn', { optIn: false }, tokens.resident)
    expect((await api.ok('leaderboard', {}, tokens.resident)).rows.some((r) => r.isMe)).toBe(false)
    const totals = await api.ok('timeBankTotals', {}, tokens.resident)
    expect(totals.street.hours).toBeGreaterThanOrEqual(totals.community!.hours)
    expect(totals.community!.hours).toBeGreaterThanOrEqual(80)
  })

  it('a resident cannot edit a sign-up or a ledger entry over REST', async () => {
    const [entry] = await db.rows<{ objectId: string; hours: number }>('SELECT "objectId", "hours" FROM "TimeBankEntry" LIMIT 1')
    const [signup] = await db.rows<{ objectId: string; status: string }>('SELECT "objectId", "status" FROM "ActivitySignup" LIMIT 1')
    expect((await api.rest('PUT', `/classes/TimeBankEntry/${entry.objectId}`, { token: tokens.resident, body: { hours: 999 } })).ok).toBe(false)
    expect((await api.rest('PUT', `/classes/ActivitySignup/${signup.objectId}`, { token: tokens.resident, body: { status: 'cancelled' } })).ok).toBe(false)
    expect((await api.rest('DELETE', `/classes/TimeBankEntry/${entry.objectId}`, { token: tokens.resident })).ok).toBe(false)
    expect((await api.rest('POST', '/classes/TimeBankEntry', { token: tokens.resident, body: { hours: 10, source: 'attendance', sourceKey: 'x' } })).ok).toBe(false)
    const [after] = await db.rows<{ hours: number }>('SELECT "hours" FROM "TimeBankEntry" WHERE "objectId" = $1', [entry.objectId])
    expect(after.hours).toBe(entry.hours)
    const [s] = await db.rows<{ status: string }>('SELECT "status" FROM "ActivitySignup" WHERE "objectId" = $1', [signup.objectId])
    expect(s.status).toBe(signup.status)
  })
})

describe('personal data', () => {
  it('exports sign-ups and the ledger; erasure frees places and keeps the street’s hours without the person', async () => {
    const [person] = await residents(api, db, 1, 7)
    const exported = async () => (await api.ok('exportMyData', {}, person.token)).more.activities as { signups: Array<{ title: string; signedUpAt: string }>; timeBank: Array<{ hours: number }> }
    const earlier = await exported()
    const input = activity(new Date(), { communityIds: [] }, 48, 2)
    const { activityId } = await api.ok('createActivity', input, tokens.streetStaff)
    const upcoming = (await api.ok('createActivity', activity(new Date(), { communityIds: [] }, 96, 2), tokens.streetStaff)).activityId
    await api.ok('signUpForActivity', { activityId }, person.token)
    await api.ok('signUpForActivity', { activityId: upcoming }, person.token)
    await at(Date.parse(input.startsAt))
    await api.ok('checkIn', { activityId, code: (await api.ok('issueCheckInCode', { activityId }, tokens.streetStaff)).code }, person.token)
    await at(Date.parse(input.endsAt))
    await api.ok('confirmAttendance', { activityId }, tokens.streetStaff)
    await ops.setClock(null)
    const part = await exported()
    // Seeded volunteers already have a history: these two sign-ups and one credit of 2 hours are added to it.
    expect(part.signups).toHaveLength(earlier.signups.length + 2)
    expect(part.signups.filter((s) => s.title === input.title)).toEqual([expect.objectContaining({ status: 'confirmed', attendance: 'present', signedUpAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })])
    expect(part.timeBank).toHaveLength(earlier.timeBank.length + 1)
    expect(part.timeBank[0].hours).toBe(2)
    const street = (await api.ok('timeBankTotals', {}, tokens.resident)).street.hours

    await api.ok('deleteMyData', { confirm: true }, person.token)
    expect(await db.count('ActivitySignup', '"user" = $1', [person.userId])).toBe(0)
    expect(await db.count('TimeBankEntry', '"user" = $1', [person.userId])).toBe(0)
    const [u] = await db.rows<{ confirmedCount: number }>('SELECT "confirmedCount" FROM "Activity" WHERE "objectId" = $1', [upcoming])
    expect(u.confirmedCount).toBe(0)
    expect((await api.ok('timeBankTotals', {}, tokens.resident)).street.hours).toBe(street)
  })
})
