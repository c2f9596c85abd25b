/** Red summons (#5): who may create, sign-up and the waiting list, deadlines, and every "must fail" with nothing saved. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { activity, HOURS, master } from './support/activities'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let ops: ReturnType<typeof master>
const tokens = {} as Record<keyof typeof DEMO, string>
let pilot: string
let other: string

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  ops = master(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  pilot = (await api.ok('myHome', {}, tokens.resident)).community.id
  ;[{ v: other }] = await db.rows<{ v: string }>('SELECT "community" AS v FROM "Resident" WHERE "phone" = $1', [DEMO.otherCommunityStaff])
})

afterEach(async () => {
  await ops.setClock(null)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const counts = async () => ({
  activities: await db.count('Activity'),
  signups: await db.count('ActivitySignup'),
  live: await db.count('ActivitySignup', `"status" IN ('confirmed', 'waitlisted')`),
  ledger: await db.count('TimeBankEntry'),
  checkIns: await db.count('ActivitySignup', '"checkInAt" IS NOT NULL'),
  checkOuts: await db.count('ActivitySignup', '"checkOutAt" IS NOT NULL'),
})

/** Expects a refusal with a code and a Chinese sentence, and that nothing of the feature changed. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string | RegExp): Promise<void> {
  const before = await counts()
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (typeof message === 'string') expect(err.error).toBe(message)
  else if (message) expect(err.error).toMatch(message)
  expect(await counts()).toEqual(before)
}

const create = async (overrides: Record<string, unknown> = {}, token = tokens.communityStaff, inHours = 48, hours = 3) =>
  (await api.ok('createActivity', activity(new Date(), overrides, inHours, hours), token)).activityId

describe('creating activities', () => {
  it('community staff create for their community; street staff for any; the creator organises', async () => {
    const id = await create()
    const [row] = await db.rows<Record<string, unknown>>('SELECT * FROM "Activity" WHERE "objectId" = $1', [id])
    expect(row).toMatchObject({ status: 'open', confirmedCount: 0, capacity: 10, communityIds: [pilot], organiserRole: '社区工作人员', _rperm: [], _wperm: [] })
    const streetWide = await create({ communityIds: [] }, tokens.streetStaff)
    const [s] = await db.rows<{ communityIds: string[] }>('SELECT "communityIds" FROM "Activity" WHERE "objectId" = $1', [streetWide])
    expect(s.communityIds).toEqual([])
    await create({ communityIds: [other] }, tokens.streetStaff)
  })

  it('names a steward as organiser by phone, who then manages it', async () => {
    const id = await create({ organiserPhone: DEMO.steward })
    const { activity: a } = await api.ok('getActivity', { activityId: id }, tokens.steward)
    expect(a.organiser).toEqual({ name: expect.any(String), role: '楼道红管家' })
    expect(a.canManage).toBe(true)
    expect((await api.ok('getActivity', { activityId: id }, tokens.resident)).activity.canManage).toBe(false)
    expect((await api.ok('issueCheckInCode', { activityId: id }, tokens.steward)).code).toMatch(/^[A-Z2-9]{8}$/)
  })

  it('refuses residents and stewards creating activities (119)', async () => {
    for (const t of [tokens.resident, tokens.steward, tokens.gridLeader]) {
      await refused(() => api.call('createActivity', activity(new Date()), t), 119, '只有社区或街道工作人员可以发起活动。')
    }
  })

  it('refuses community staff creating for another community', async () => {
    await refused(() => api.call('createActivity', activity(new Date(), { communityIds: [other] }), tokens.communityStaff), 119, '社区工作人员只能为自己所在社区发起活动。')
  })

  it.each([
    ['zero capacity', { capacity: 0 }, '招募人数必须是大于0的整数。'],
    ['negative capacity', { capacity: -5 }, '招募人数必须是大于0的整数。'],
    ['fractional capacity', { capacity: 2.5 }, '招募人数必须是大于0的整数。'],
    ['no title', { title: '  ' }, '请填写活动名称。'],
    ['an unknown theme', { theme: '唱歌' }, '请选择活动主题。'],
    ['no place', { place: { text: '' } }, '请填写集合地点。'],
    ['a deadline after the start', { signupDeadline: new Date(Date.now() + 49 * HOURS).toISOString() }, '报名截止时间不能晚于活动开始时间。'],
    ['a start in the past', { startsAt: new Date(Date.now() - HOURS).toISOString() }, '开始时间已过，请选择以后的时间。'],
  ])('refuses %s (142)', async (_label, overrides, message) => {
    await refused(() => api.call('createActivity', activity(new Date(), overrides), tokens.communityStaff), 142, message)
  })

  it('refuses an end before (or at) the start (142)', async () => {
    const a = activity(new Date())
    await refused(() => api.call('createActivity', { ...a, endsAt: new Date(Date.parse(a.startsAt) - HOURS).toISOString() }, tokens.communityStaff), 142, '结束时间必须晚于开始时间。')
    await refused(() => api.call('createActivity', { ...a, endsAt: a.startsAt }, tokens.communityStaff), 142, '结束时间必须晚于开始时间。')
  })

  it('refuses a capacity of the wrong type at the validator (142)', async () => {
    await refused(() => api.call('createActivity', { ...activity(new Date()), capacity: '10' }, tokens.communityStaff), 142)
  })
})

describe('campaigns', () => {
  it('street staff create a campaign and generate one activity per Saturday still ahead; the calendar shows them', async () => {
    const { campaignId } = await api.ok('createCampaign', { name: '测试召集令', startsOn: '2030-05-01', endsOn: '2030-05-31' }, tokens.streetStaff)
    const template = { title: '周六清洁', theme: '清洁家园' as const, place: { text: '社区广场' }, capacity: 30, communityIds: [pilot] }
    const { activityIds } = await api.ok('generateCampaignActivities', { ...template, campaignId, startTime: '08:30', endTime: '11:00' }, tokens.streetStaff)
    expect(activityIds).toHaveLength(4) // 4, 11, 18, 25 May 2030
    const cal = await api.ok('campaignCalendar', { campaignId }, tokens.resident)
    expect(cal.days.map((d) => d.day)).toEqual(['2030-05-04', '2030-05-11', '2030-05-18', '2030-05-25'])
    expect(cal.campaign.activityCount).toBe(4)
    const [first] = await db.rows<{ startsAt: Date; endsAt: Date; signupDeadline: Date }>('SELECT "startsAt", "endsAt", "signupDeadline" FROM "Activity" WHERE "objectId" = $1', [activityIds[0]])
    expect(first.startsAt.toISOString()).toBe('2030-05-04T00:30:00.000Z') // 08:30 in Shanghai
    expect(first.endsAt.toISOString()).toBe('2030-05-04T03:00:00.000Z')
    expect(first.signupDeadline.toISOString()).toBe('2030-05-03T12:30:00.000Z')
    const listed = await api.ok('listActivities', { campaignId }, tokens.resident)
    expect(listed.items.map((i) => i.id)).toEqual(activityIds)
  })

  it('refuses a resident or community staff starting a campaign, and a campaign ending before it starts', async () => {
    const before = await db.count('Campaign')
    expect(failure(await api.call('createCampaign', { name: 'x', startsOn: '2030-05-01', endsOn: '2030-06-01' }, tokens.resident)).code).toBe(119)
    expect(failure(await api.call('createCampaign', { name: 'x', startsOn: '2030-05-01', endsOn: '2030-06-01' }, tokens.communityStaff)).code).toBe(119)
    expect(failure(await api.call('createCampaign', { name: 'x', startsOn: '2030-06-01', endsOn: '2030-05-01' }, tokens.streetStaff))).toEqual({ code: 142, error: '结束日期不能早于开始日期。' })
    expect(await db.count('Campaign')).toBe(before)
  })
})

describe('signing up', () => {
  it('confirms until full, then waitlists with a position; tapping again changes nothing', async () => {
    const id = await create({ capacity: 2 })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.resident)).toEqual({ status: 'confirmed' })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.resident)).toEqual({ status: 'confirmed' })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.senior)).toEqual({ status: 'confirmed' })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.steward)).toEqual({ status: 'waitlisted', position: 1 })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.otherSteward)).toEqual({ status: 'waitlisted', position: 2 })
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.otherSteward)).toEqual({ status: 'waitlisted', position: 2 })
    const { activity: a } = await api.ok('getActivity', { activityId: id }, tokens.gridLeader)
    expect(a).toMatchObject({ confirmed: 2, waitlisted: 2, placesLeft: 0, mine: null })
    expect(await db.count('ActivitySignup', '"activity" = $1', [id])).toBe(4)
  })

  it('a cancellation promotes the first in line, and the rest move up', async () => {
    const id = await create({ capacity: 1 })
    await api.ok('signUpForActivity', { activityId: id }, tokens.resident)
    await api.ok('signUpForActivity', { activityId: id }, tokens.senior)
    await api.ok('signUpForActivity', { activityId: id }, tokens.steward)
    expect(await api.ok('cancelSignup', { activityId: id }, tokens.resident)).toEqual({ status: 'cancelled' })
    expect((await api.ok('getActivity', { activityId: id }, tokens.senior)).activity.mine).toEqual({ status: 'confirmed', position: null })
    expect((await api.ok('getActivity', { activityId: id }, tokens.steward)).activity.mine).toEqual({ status: 'waitlisted', position: 1 })
    const [a] = await db.rows<{ confirmedCount: number; waitlistCount: number }>('SELECT "confirmedCount", "waitlistCount" FROM "Activity" WHERE "objectId" = $1', [id])
    expect(a).toEqual({ confirmedCount: 1, waitlistCount: 1 })
    // Signing up again after cancelling joins the end of the line.
    expect(await api.ok('signUpForActivity', { activityId: id }, tokens.resident)).toEqual({ status: 'waitlisted', position: 2 })
  })

  it('lists with filters and shows my upcoming activities', async () => {
    const id = await create({ theme: '便民服务', capacity: 1 })
    await api.ok('signUpForActivity', { activityId: id }, tokens.gridLeader)
    const themed = await api.ok('listActivities', { theme: '便民服务', communityId: pilot, limit: 50 }, tokens.gridLeader)
    expect(themed.items.find((i) => i.id === id)).toMatchObject({ placesLeft: 0, mine: { status: 'confirmed', position: null } })
    expect(themed.items.every((i) => i.theme === '便民服务')).toBe(true)
    const open = await api.ok('listActivities', { hasPlaces: true, limit: 50 }, tokens.gridLeader)
    expect(open.items.some((i) => i.id === id)).toBe(false)
    const mine = await api.ok('myActivities', {}, tokens.gridLeader)
    expect(mine.upcoming.map((m) => m.id)).toContain(id)
  })

  it('refuses someone outside the communities it is for (119), and someone without a home', async () => {
    const id = await create()
    await refused(() => api.call('signUpForActivity', { activityId: id }, tokens.otherCommunityStaff), 119, '这个活动只面向指定社区的居民。')
    await refused(() => api.call('signUpForActivity', { activityId: id }, tokens.newcomer), 119)
  })

  it('refuses signing up after the deadline and for a past activity (142)', async () => {
    const id = await create({}, tokens.communityStaff, 48, 3)
    await ops.setClock(new Date(Date.now() + 47.5 * HOURS)) // deadline was 47 h from now
    await refused(() => api.call('signUpForActivity', { activityId: id }, tokens.resident), 142, '报名已截止。')
    await ops.setClock(new Date(Date.now() + 60 * HOURS))
    await refused(() => api.call('signUpForActivity', { activityId: id }, tokens.resident), 142, '活动已经开始或结束，不能再报名。')
  })

  it('refuses cancelling after the deadline (142), and cancelling without a sign-up', async () => {
    const id = await create()
    await api.ok('signUpForActivity', { activityId: id }, tokens.resident)
    await refused(() => api.call('cancelSignup', { activityId: id }, tokens.senior), 142, '您没有报名这个活动。')
    await ops.setClock(new Date(Date.now() + 47.5 * HOURS))
    await refused(() => api.call('cancelSignup', { activityId: id }, tokens.resident), 142, '报名已截止，不能再取消；如有变化请联系组织者。')
    const [s] = await db.rows<{ status: string }>('SELECT "status" FROM "ActivitySignup" WHERE "activity" = $1', [id])
    expect(s.status).toBe('confirmed')
  })

  it('refuses an unknown activity (101) and a malformed id (142)', async () => {
    await refused(() => api.call('signUpForActivity', { activityId: 'nope123' }, tokens.resident), 101, '没有找到这个活动，它可能已被取消。')
    await refused(() => api.call('signUpForActivity', { activityId: '../x' }, tokens.resident), 142)
  })

  it('holds one place per person however many taps race', async () => {
    const id = await create({ capacity: 5 })
    const replies = await Promise.all(Array.from({ length: 30 }, () => api.call('signUpForActivity', { activityId: id }, tokens.resident)))
    expect(replies.every((r) => r.ok && r.result.status === 'confirmed')).toBe(true)
    expect(await db.count('ActivitySignup', '"activity" = $1', [id])).toBe(1)
    const [a] = await db.rows<{ confirmedCount: number }>('SELECT "confirmedCount" FROM "Activity" WHERE "objectId" = $1', [id])
    expect(a.confirmedCount).toBe(1)
  })
})

describe('reminders', () => {
  it('reminds confirmed volunteers the day before, once, however often the job runs', async () => {
    const id = await create({}, tokens.communityStaff, 72, 2)
    await api.ok('signUpForActivity', { activityId: id }, tokens.resident)
    await api.ok('signUpForActivity', { activityId: id }, tokens.senior)
    const [{ startsAt }] = await db.rows<{ startsAt: Date }>('SELECT "startsAt" FROM "Activity" WHERE "objectId" = $1', [id])
    await ops.setClock(new Date(startsAt.getTime() - 24 * HOURS))
    const first = await ops.runJobs(['activityReminders'])
    expect(first.done.activityReminders).toBeGreaterThanOrEqual(2)
    expect(await db.count('ActivitySignup', '"activity" = $1 AND "remindedAt" IS NOT NULL', [id])).toBe(2)
    expect((await ops.runJobs(['activityReminders'])).done.activityReminders).toBe(0)
  })
})

describe('the classes are locked', () => {
  it.each(['Activity', 'ActivitySignup', 'TimeBankEntry', 'Campaign', 'VolunteerPrefs'])('%s: no reading or writing over REST', async (cls) => {
    const before = await counts()
    const write = await api.rest('POST', `/classes/${cls}`, { token: tokens.resident, body: { hours: 100, status: 'confirmed' } })
    expect(write.ok).toBe(false)
    const read = await api.rest('GET', `/classes/${cls}`, { token: tokens.resident })
    expect(read.ok).toBe(false)
    expect(await counts()).toEqual(before)
  })

})
