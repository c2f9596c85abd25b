/**
 * Problems (issue #7) against a moved clock: working-day deadlines, per-category solve days,
 * escalation to community then street staff, auto-confirmation, the visit-day reminder, the
 * numbers (problemStats) against a hand-computed fixture, and the resident's data (export, erase).
 */
import { TestClient, failure } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { problemCounts, problemPeople, report, type ProblemPeople } from './support/problems'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let people: ProblemPeople
let master: Record<string, string>
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  const fs = await import('node:fs')
  const path = await import('node:path')
  master = { ...api.headers(), 'X-Parse-Master-Key': fs.readFileSync(path.join(server.dataDir, 'master-key'), 'utf8').trim() }
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  people = await problemPeople(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

async function asMaster<T>(name: string, params: unknown): Promise<T> {
  const res = await fetch(`${server.base}/functions/${name}`, { method: 'POST', headers: master, body: JSON.stringify(params) })
  const body = (await res.json()) as { result: T; error?: string }
  if (!res.ok) throw new Error(`${name}: ${body.error}`)
  return body.result
}

const at = (iso: string) => asMaster('setTestClock', { at: iso })
const runJob = async (name: string) => (await asMaster<{ done: Record<string, number> }>('runJobs', { names: [name] })).done[name]

async function row(problemId: string) {
  const [r] = await db.rows<Record<string, unknown>>('SELECT * FROM "Problem" WHERE "objectId" = $1', [problemId])
  return r
}

describe('deadlines', () => {
  it('gives a first reply one working day: Friday to Monday, a Saturday report until the end of Monday', async () => {
    await at('2029-06-01T10:00:00+08:00')
    const friday = await api.ok('reportProblem', report(), tokens.resident)
    expect(((await row(friday.problemId)).replyDueAt as Date).toISOString()).toMatch(/^2029-06-04T02:00:00/)
    await at('2029-06-02T15:00:00+08:00')
    const saturday = await api.ok('reportProblem', report(), tokens.resident)
    expect((await row(saturday.problemId)).replyDueAt).toEqual(new Date('2029-06-05T00:00:00+08:00'))
  })

  it('lets street staff set a category’s solve days; others may not', async () => {
    await at('2029-06-01T10:00:00+08:00')
    expect(failure(await api.call('setProblemRule', { category: '政策咨询', solveDays: 3 }, tokens.communityStaff))).toMatchObject({
      code: 119,
      error: '只有街道工作人员可以设置办结时限。',
    })
    expect(failure(await api.call('setProblemRule', { category: '政策咨询', solveDays: 0 }, tokens.streetStaff))).toMatchObject({ code: 142, error: '办结时限应为1到60天。' })
    expect(await db.count('ProblemRule')).toBe(0)
    await api.ok('setProblemRule', { category: '政策咨询', solveDays: 3 }, tokens.streetStaff)
    await api.ok('setProblemRule', { category: '政策咨询', solveDays: 5 }, tokens.streetStaff)
    expect(await db.count('ProblemRule')).toBe(1)
    const rules = (await api.ok('problemRules', {}, tokens.gridLeader)).rules
    expect(rules.find((r) => r.category === '政策咨询')).toEqual({ category: '政策咨询', solveDays: 5 })
    expect(rules.find((r) => r.category === '设施维修')).toEqual({ category: '设施维修', solveDays: 7 })
    const { problemId } = await api.ok('reportProblem', report({ category: '政策咨询' }), tokens.resident)
    const r = await row(problemId)
    expect(Math.round(((r.solveDueAt as Date).getTime() - (r.reportedAt as Date).getTime()) / 3_600_000)).toBe(5 * 24)
  })
})

describe('escalation', () => {
  it('flags an overdue problem, tells community staff, then street staff a working day later; each once', async () => {
    await at('2029-06-08T10:00:00+08:00') // a Friday
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    await at('2029-06-09T12:00:00+08:00')
    await runJob('problemEscalation')
    expect(await row(problemId)).toMatchObject({ escalation: 0 })
    expect((await api.ok('listProblemQueue', { filter: 'overdue' }, tokens.gridLeader)).items.some((i) => i.id === problemId)).toBe(false)
    await at('2029-06-11T10:05:00+08:00') // Monday, past the reply deadline
    expect((await api.ok('listProblemQueue', { filter: 'overdue' }, tokens.gridLeader)).items.find((i) => i.id === problemId)).toMatchObject({ overdue: true, escalation: 0 })
    expect(await runJob('problemEscalation')).toBeGreaterThan(0)
    expect(await row(problemId)).toMatchObject({ escalation: 1 })
    expect(await runJob('problemEscalation')).toBe(0)
    const staffQueue = await api.ok('listProblemQueue', { filter: 'overdue' }, tokens.communityStaff)
    expect(staffQueue.items.find((i) => i.id === problemId)).toMatchObject({ overdue: true, escalation: 1 })
    await at('2029-06-12T10:00:00+08:00') // not yet a working day later
    await runJob('problemEscalation')
    expect(await row(problemId)).toMatchObject({ escalation: 1 })
    await at('2029-06-12T10:10:00+08:00')
    expect(await runJob('problemEscalation')).toBeGreaterThan(0)
    expect(await row(problemId)).toMatchObject({ escalation: 2 })
    expect(await runJob('problemEscalation')).toBe(0)
    const events = (await api.ok('getProblem', { problemId }, tokens.streetStaff)).events.filter((e) => e.kind === 'escalated')
    expect(events.length).toBe(2)
    // Answering does not undo the flag for the solve deadline, but a reply ends the reply lateness.
    await api.ok('replyToProblem', { problemId, text: '已处理中。' }, tokens.gridLeader)
    expect((await api.ok('getProblem', { problemId }, tokens.resident)).overdue).toBe(false)
  })

  it('escalations run concurrently still move each problem one level once', async () => {
    await at('2029-06-18T09:00:00+08:00')
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    await at('2029-06-19T09:30:00+08:00')
    await Promise.all(Array.from({ length: 5 }, () => runJob('problemEscalation')))
    expect(await row(problemId)).toMatchObject({ escalation: 1 })
    expect(await db.count('ProblemEvent', `"problem" = $1 AND "kind" = 'escalated'`, [problemId])).toBe(1)
  })
})

describe('auto-confirmation and the visit-day reminder', () => {
  it('counts a solved problem as confirmed after 7 days without an answer; the resident may still rate it', async () => {
    await at('2029-07-02T09:00:00+08:00')
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    await at('2029-07-02T09:30:00+08:00')
    await api.ok('resolveProblem', { problemId, note: '已修好。' }, tokens.gridLeader)
    await at('2029-07-09T09:29:00+08:00')
    await runJob('problemAutoConfirm')
    expect(await row(problemId)).toMatchObject({ status: 'solved' })
    await at('2029-07-09T09:31:00+08:00')
    expect(await runJob('problemAutoConfirm')).toBeGreaterThan(0)
    expect(await row(problemId)).toMatchObject({ status: 'confirmed', autoConfirmed: true })
    expect(await runJob('problemAutoConfirm')).toBe(0)
    const detail = await api.ok('getProblem', { problemId }, tokens.resident)
    expect(detail).toMatchObject({ canRate: true, canConfirm: false, autoConfirmed: true })
    expect(failure(await api.call('rateProblem', { problemId, rating: 0 }, tokens.resident))).toMatchObject({ code: 142, error: '评分应为1到5颗星。' })
    expect(failure(await api.call('rateProblem', { problemId, rating: 4 }, tokens.gridLeader)).code).toBe(119)
    expect(await api.ok('rateProblem', { problemId, rating: 4, comment: '还行' }, tokens.resident)).toEqual({ rating: 4 })
    expect(await row(problemId)).toMatchObject({ rating: 4, comment: '还行' })
  })

  it('reminds handlers on the 14th, once per month however often the job runs', async () => {
    await at('2029-08-13T09:00:00+08:00')
    expect(await runJob('visitDayReminder')).toBe(0)
    await at('2029-08-14T09:00:00+08:00')
    const results = await Promise.all([runJob('visitDayReminder'), runJob('visitDayReminder'), runJob('visitDayReminder')])
    expect(results.filter((n) => n > 0).length).toBe(1)
    expect(await db.count('VisitDayReminder', `"month" = '2029-08'`)).toBe(1)
    expect(await runJob('visitDayReminder')).toBe(0)
  })
})

describe('the numbers (problemStats) against a hand-computed fixture', () => {
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    // March 2030, where nothing else was reported. Mon 4 March .. Fri 8 March.
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['2030-03-04T09:00:00+08:00', async () => (ids.A = (await api.ok('reportProblem', report(), tokens.resident)).problemId)],
      ['2030-03-04T10:00:00+08:00', async () => (ids.B = (await api.ok('reportProblem', report(), tokens.resident)).problemId)],
      ['2030-03-04T11:00:00+08:00', () => api.ok('replyToProblem', { problemId: ids.A, text: 'A 收到' }, tokens.gridLeader)],
      ['2030-03-04T12:00:00+08:00', async () => (ids.C = (await api.ok('reportProblem', report(), tokens.resident)).problemId)],
      ['2030-03-04T14:00:00+08:00', () => api.ok('replyToProblem', { problemId: ids.B, text: 'B 收到' }, tokens.gridLeader)],
      ['2030-03-05T09:00:00+08:00', () => api.ok('resolveProblem', { problemId: ids.A, note: 'A 解决' }, tokens.gridLeader)],
      ['2030-03-05T09:00:00+08:00', async () => (ids.D = (await api.ok('reportProblem', report(), tokens.resident)).problemId)],
      ['2030-03-05T10:00:00+08:00', async () => (ids.E = (await api.ok('reportProblem', report(), tokens.resident)).problemId)],
      ['2030-03-05T10:30:00+08:00', () => api.ok('replyToProblem', { problemId: ids.E, text: 'E 收到' }, tokens.gridLeader)],
      ['2030-03-05T12:00:00+08:00', () => api.ok('confirmProblem', { problemId: ids.A, satisfied: true, rating: 5 }, tokens.resident)],
      ['2030-03-05T20:00:00+08:00', () => api.ok('replyToProblem', { problemId: ids.C, text: 'C 收到（晚了）' }, tokens.gridLeader)],
      ['2030-03-06T10:00:00+08:00', () => api.ok('resolveProblem', { problemId: ids.B, note: 'B 解决' }, tokens.gridLeader)],
      ['2030-03-07T10:00:00+08:00', () => api.ok('resolveProblem', { problemId: ids.E, note: 'E 解决' }, tokens.gridLeader)],
      ['2030-03-07T11:00:00+08:00', () => api.ok('confirmProblem', { problemId: ids.E, satisfied: true, rating: 3 }, tokens.resident)],
      // A problem of April, outside the range asked below.
      ['2030-04-01T09:00:00+08:00', () => api.ok('reportProblem', report(), tokens.resident)],
    ]
    for (const [when, step] of steps) {
      await at(when)
      await step()
    }
    await at('2030-03-08T12:00:00+08:00')
  })

  // By hand: 5 reported (A–E); replied A 2h, B 4h, C 32h, E 0.5h → 4, median (2+4)/2 = 3h;
  // solved A 24h, B 48h, E 48h → 3, median 48h; confirmed A, E → 2 of 3 solved; ratings 5 and 3 → 4;
  // overdue now (Fri 8 March 12:00): D, never answered, was due Wed 6 March 09:00 → 1.
  const expected = {
    total: 5, replied: 4, solved: 3, confirmed: 2, rated: 2,
    replyRate: 0.8, solveRate: 0.6, confirmedRate: 0.6667,
    medianFirstReplyHours: 3, medianSolveHours: 48, overdue: 1, satisfaction: 4,
  }

  it('community staff see their community, by month and by grid', async () => {
    const stats = await api.ok('problemStats', { from: '2030-03-01', to: '2030-03-31' }, tokens.communityStaff)
    expect(stats).toMatchObject({ ...expected, scopeName: '杨家门社区' })
    expect(stats.byMonth).toEqual([{ month: '2030-03', ...expected }])
    expect(stats.byPlace).toHaveLength(1)
    expect(stats.byPlace[0]).toMatchObject(expected)
    const grid = await api.ok('problemStats', { from: '2030-03-01', to: '2030-03-31', gridId: stats.byPlace[0].id }, tokens.communityStaff)
    expect(grid).toMatchObject(expected)
    expect(grid.byPlace[0]).toMatchObject({ id: people.microGridId, ...expected })
  })

  it('street staff see the street by community; days are inclusive in Shanghai time', async () => {
    const stats = await api.ok('problemStats', { from: '2030-03-01', to: '2030-04-01' }, tokens.streetStaff)
    expect(stats).toMatchObject({ total: 6, scopeName: '梧桐街道' })
    expect(stats.byMonth.map((m) => [m.month, m.total])).toEqual([['2030-03', 5], ['2030-04', 1]])
    expect(stats.byPlace).toEqual([{ id: people.communityId, name: '杨家门社区', ...expected, total: 6, replyRate: 0.6667, solveRate: 0.5 }])
    // The April problem is not due yet on 8 March: not overdue.
    const one = await api.ok('problemStats', { from: '2030-03-04', to: '2030-03-04', communityId: people.communityId }, tokens.streetStaff)
    expect(one).toMatchObject({ total: 3, replied: 3, solved: 2 })
    const scopes = await api.ok('problemStatScopes', {}, tokens.streetStaff)
    expect(scopes.street?.name).toBe('梧桐街道')
    expect(scopes.communities).toHaveLength(18)
  })

  it('moves when a problem is solved', async () => {
    await api.ok('resolveProblem', { problemId: ids.D, note: 'D 解决' }, tokens.gridLeader)
    const stats = await api.ok('problemStats', { from: '2030-03-01', to: '2030-03-31' }, tokens.communityStaff)
    expect(stats).toMatchObject({ solved: 4, solveRate: 0.8, replied: 5, replyRate: 1, overdue: 0 })
  })

  it('refuses residents, grid leaders, other communities and bad ranges', async () => {
    const range = { from: '2030-03-01', to: '2030-03-31' }
    for (const who of [tokens.resident, tokens.gridLeader, tokens.steward]) {
      expect(failure(await api.call('problemStats', range, who))).toMatchObject({ code: 119, error: '只有社区和街道工作人员可以查看问题统计。' })
    }
    expect(failure(await api.call('problemStats', { ...range, communityId: people.communityId }, tokens.otherCommunityStaff))).toMatchObject({
      code: 119,
      error: '您只能查看自己所在社区的问题统计。',
    })
    expect(failure(await api.call('problemStats', { from: '2030-03-31', to: '2030-03-01' }, tokens.communityStaff))).toMatchObject({ code: 142, error: '结束日期不能早于开始日期。' })
    expect(failure(await api.call('problemStats', { from: '2030-3-1', to: '2030-03-31' }, tokens.communityStaff))).toMatchObject({ code: 142, error: '开始日期格式不对，请重新选择。' })
    expect(failure(await api.call('problemStats', { from: '2026-01-01', to: '2030-03-31' }, tokens.communityStaff)).code).toBe(142)
  })
})

describe("a resident's problems in 我的数据", () => {
  it('exports them, and erasing the account removes the person and their words but keeps the counts', async () => {
    await at('2031-01-06T09:00:00+08:00')
    const [someone] = await db.rows<{ phone: string }>(
      `SELECT "phone" FROM "Resident" WHERE "building" = $1 AND "phone" > '13900000009' AND "verified" = true ORDER BY "phone" LIMIT 1`,
      [people.buildingId],
    )
    const token = await api.login(someone.phone)
    const { problemId } = await api.ok('reportProblem', report({ description: '我家门口的下水道堵了，味道很大。', location: '3单元门口' }), token)
    await api.ok('replyToProblem', { problemId, text: '明天疏通。' }, tokens.gridLeader)
    await api.ok('resolveProblem', { problemId, note: '已疏通。' }, tokens.gridLeader)
    await api.ok('confirmProblem', { problemId, satisfied: true, rating: 5, comment: '师傅辛苦了' }, token)
    const exported = await api.ok('exportMyData', {}, token)
    const mine = exported.more.problems as Array<Record<string, unknown>>
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ id: problemId, description: '我家门口的下水道堵了，味道很大。', location: '3单元门口', rating: 5, comment: '师傅辛苦了' })
    const statsBefore = await api.ok('problemStats', { from: '2031-01-01', to: '2031-01-31' }, tokens.communityStaff)
    await api.ok('deleteMyData', { confirm: true }, token)
    const r = await row(problemId)
    expect(r).toMatchObject({ reporter: null, description: '（居民已注销，内容已删除）', location: null, comment: null, status: 'confirmed', rating: 5 })
    const texts = await db.rows<{ text: string | null; actor: string | null; kind: string }>('SELECT "text", "actor", "kind" FROM "ProblemEvent" WHERE "problem" = $1 ORDER BY "at"', [problemId])
    expect(texts.find((e) => e.kind === 'confirmed')).toMatchObject({ text: null, actor: null })
    expect(texts.find((e) => e.kind === 'replied')?.text).toBe('明天疏通。')
    expect(await api.ok('problemStats', { from: '2031-01-01', to: '2031-01-31' }, tokens.communityStaff)).toEqual(statsBefore)
    expect(JSON.stringify(await db.rows('SELECT * FROM "Problem" WHERE "objectId" = $1', [problemId]))).not.toContain('下水道')
    void problemCounts
  })
})
