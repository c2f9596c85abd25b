/** Problems (issue #7): routing, who sees and handles what, every "must fail" with nothing saved, confirming, visits. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { problemCounts, problemPeople, report, type ProblemPeople } from './support/problems'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let people: ProblemPeople
const tokens = {} as Record<keyof typeof DEMO | 'otherGridLeader', string>

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  people = await problemPeople(api, db, tokens.resident)
  tokens.otherGridLeader = await api.login(people.otherGridLeaderPhone)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

/** Expects a refusal with a code and a Chinese sentence, and that no problem or step was saved or changed. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string): Promise<void> {
  const before = await problemCounts(db)
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (message) expect(err.error).toBe(message)
  expect(await problemCounts(db)).toBe(before)
}

async function row(problemId: string) {
  const [r] = await db.rows<Record<string, unknown>>('SELECT * FROM "Problem" WHERE "objectId" = $1', [problemId])
  return r
}

describe('reporting and routing', () => {
  it("routes a resident's report to the grid leader of their building's micro-grid, with deadlines", async () => {
    const { problemId } = await api.ok('reportProblem', report({ showNameToHandler: true, location: '1单元楼道' }), tokens.resident)
    const r = await row(problemId)
    expect(r).toMatchObject({ status: 'received', source: 'app', handler: people.gridLeaderId, building: people.buildingId, microGrid: people.microGridId, community: people.communityId })
    expect((r.replyDueAt as Date).getTime()).toBeGreaterThan((r.reportedAt as Date).getTime())
    expect((r.solveDueAt as Date).getTime() - (r.reportedAt as Date).getTime()).toBe(7 * 86_400_000)
    expect(r._rperm).toEqual([])
    const queue = await api.ok('listProblemQueue', { filter: 'mine' }, tokens.gridLeader)
    expect(queue.items.map((i) => i.id)).toContain(problemId)
    const seen = await api.ok('getProblem', { problemId }, tokens.gridLeader)
    expect(seen).toMatchObject({ reporterName: expect.any(String), canReply: true, canResolve: true, canReassign: false, canConfirm: false, location: '1单元楼道' })
    expect(seen.events[0]).toMatchObject({ kind: 'reported' })
    expect(seen.events[0].actorName).toBe(seen.reporterName)
    const mine = await api.ok('listMyProblems', {}, tokens.resident)
    expect(mine.items[0]).toMatchObject({ id: problemId, status: 'received', category: '设施维修' })
  })

  it('keeps the reporter anonymous to the handler unless allowed, and always to the stewards', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    const leader = await api.ok('getProblem', { problemId }, tokens.gridLeader)
    expect(leader.reporterName).toBeNull()
    expect(leader.events[0].actorName).toBe('居民')
    const named = await api.ok('reportProblem', report({ showNameToHandler: true }), tokens.resident)
    const steward = await api.ok('getProblem', { problemId: named.problemId }, tokens.steward)
    expect(steward.reporterName).toBeNull()
    expect(steward.events[0].actorName).toBe('居民')
    expect(steward.canReply).toBe(false)
    const staff = await api.ok('getProblem', { problemId: named.problemId }, tokens.communityStaff)
    expect(staff.reporterName).not.toBeNull()
    expect(JSON.stringify(steward)).not.toMatch(/139\d{8}/)
    expect((await api.ok('getProblem', { problemId }, tokens.resident)).reporterName).not.toBeNull()
  })

  it("routes a report about another building of the community to that building's grid leader", async () => {
    const { problemId } = await api.ok('reportProblem', report({ buildingId: people.otherGridBuildingId }), tokens.resident)
    expect(await row(problemId)).toMatchObject({ handler: people.otherGridLeaderId, building: people.otherGridBuildingId })
    const places = await api.ok('problemReportPlaces', {}, tokens.resident)
    expect(places.building).toMatchObject({ id: people.buildingId, name: expect.stringMatching(/1幢$/) })
    expect(places.buildings.some((b) => b.id === people.otherGridBuildingId)).toBe(true)
  })

  it('refuses bad reports with the rule in Chinese and saves nothing (142)', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ description: '' }, '请描述遇到的问题。'],
      [{ description: '   ' }, '请描述遇到的问题。'],
      [{ description: '长'.repeat(501) }, '问题描述最多500个字。'],
      [{ category: '投诉' }, '请选择问题类别。'],
      [{ category: undefined }, '请选择问题类别。'],
      [{ photoIds: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'] }, '照片最多6张。'],
      [{ location: '地'.repeat(41) }, '地点最多40个字。'],
      [{ description: '路灯坏了\u202e' }, '问题描述里有无法识别的字符。'],
      [{ location: '\u20661幢\u2069' }, '地点里有无法识别的字符。'],
    ]
    for (const [overrides, message] of cases) await refused(() => api.call('reportProblem', report(overrides), tokens.resident), 142, message)
    await refused(() => api.call('reportProblem', { ...report(), showNameToHandler: 'yes' }, tokens.resident), 142, '是否显示姓名只能选是或否。')
    // 500 characters exactly is fine.
    await api.ok('reportProblem', report({ description: '字'.repeat(500) }), tokens.resident)
  })

  it('refuses someone without a home, another community, an unknown building', async () => {
    await refused(() => api.call('reportProblem', report(), tokens.newcomer), 119, '请先完成住户登记，再反映问题。')
    await refused(() => api.call('reportProblem', report({ buildingId: people.otherCommunityBuildingId }), tokens.resident), 119, '只能反映本社区里的问题，请选择本社区的楼栋。')
    await refused(() => api.call('reportProblem', report({ buildingId: 'NoSuchBldg' }), tokens.resident), 101)
    // Signed out: refused before anything is read.
    await refused(() => api.call('reportProblem', report(), null), 142)
  })
})

describe('who may handle', () => {
  let problemId: string
  beforeAll(async () => {
    problemId = (await api.ok('reportProblem', report(), tokens.resident)).problemId
  })

  it('refuses a resident answering or resolving: their own (119) or anyone else’s (101, nothing revealed)', async () => {
    const own = '居民不能答复或办结问题，请等待网格长或社区工作人员处理。'
    await refused(() => api.call('replyToProblem', { problemId, text: '我自己答复' }, tokens.resident), 119, own)
    await refused(() => api.call('resolveProblem', { problemId, note: '我自己解决了' }, tokens.resident), 119, own)
    await refused(() => api.call('replyToProblem', { problemId, text: '答复' }, tokens.senior), 101, '没有找到这个问题。')
    await refused(() => api.call('resolveProblem', { problemId, note: '解决' }, tokens.senior), 101, '没有找到这个问题。')
  })

  it("refuses a grid leader, a steward or another community's staff acting on a problem not theirs (119)", async () => {
    const notYours = '这个问题不归您处理，需由社区工作人员转派给您后才能处理。'
    for (const who of [tokens.otherGridLeader, tokens.steward, tokens.otherSteward, tokens.otherCommunityStaff]) {
      await refused(() => api.call('replyToProblem', { problemId, text: '我来答复' }, who), 119, notYours)
      await refused(() => api.call('resolveProblem', { problemId, note: '已解决' }, who), 119, notYours)
    }
  })

  it("hides other residents' problems from residents: functions and the REST API alike", async () => {
    expect(failure(await api.call('getProblem', { problemId }, tokens.senior))).toMatchObject({ code: 101, error: '没有找到这个问题。' })
    expect((await api.ok('listMyProblems', {}, tokens.senior)).items.some((i) => i.id === problemId)).toBe(false)
    expect((await api.ok('listProblemQueue', { filter: 'all' }, tokens.senior)).items).toEqual([])
    expect(failure(await api.call('getProblem', { problemId }, tokens.otherGridLeader)).code).toBe(101)
    for (const cls of ['Problem', 'ProblemEvent', 'ProblemRule', 'VisitDayReminder']) {
      for (const token of [tokens.resident, tokens.senior, tokens.gridLeader, tokens.streetStaff]) {
        expect(failure(await api.rest('GET', `/classes/${cls}`, { token })).code).toBe(119)
      }
    }
    expect(failure(await api.rest('GET', `/classes/Problem/${problemId}`, { token: tokens.resident })).code).toBe(119)
    const before = await problemCounts(db)
    const forged = {
      category: '其他', description: '伪造', source: 'app', status: 'solved',
      street: { __type: 'Pointer', className: 'Street', objectId: 'x' }, community: { __type: 'Pointer', className: 'Community', objectId: people.communityId },
      building: { __type: 'Pointer', className: 'Building', objectId: people.buildingId },
      reportedAt: { __type: 'Date', iso: new Date().toISOString() }, replyDueAt: { __type: 'Date', iso: new Date().toISOString() }, solveDueAt: { __type: 'Date', iso: new Date().toISOString() },
    }
    expect(failure(await api.rest('POST', '/classes/Problem', { token: tokens.resident, body: forged })).code).toBe(119)
    expect(failure(await api.rest('PUT', `/classes/Problem/${problemId}`, { token: tokens.gridLeader, body: { status: 'solved' } })).code).toBe(119)
    expect(failure(await api.rest('DELETE', `/classes/Problem/${problemId}`, { token: tokens.resident })).code).toBe(119)
    expect(await problemCounts(db)).toBe(before)
  })

  it('refuses empty or over-long replies and notes (142), only once allowed to act', async () => {
    await refused(() => api.call('replyToProblem', { problemId, text: ' ' }, tokens.gridLeader), 142, '请填写答复内容。')
    await refused(() => api.call('replyToProblem', { problemId, text: '长'.repeat(501) }, tokens.gridLeader), 142, '内容最多500个字。')
    await refused(() => api.call('resolveProblem', { problemId, note: '' }, tokens.gridLeader), 142, '请写明是怎么解决的。')
    await refused(() => api.call('resolveProblem', { problemId, note: '好了', photoIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, tokens.gridLeader), 142, '照片最多6张。')
  })
})

describe('answer, solve, confirm, reopen, rate', () => {
  it('walks every step the resident sees, and only the reporter confirms', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    expect(await api.ok('replyToProblem', { problemId, text: '收到，明天上午来看。' }, tokens.gridLeader)).toEqual({ status: 'answered' })
    const answered = await row(problemId)
    expect(answered.firstReplyAt).toBeInstanceOf(Date)
    expect(await api.ok('replyToProblem', { problemId, text: '已联系物业，配件在路上。' }, tokens.gridLeader)).toEqual({ status: 'handling' })
    expect((await row(problemId)).firstReplyAt).toEqual(answered.firstReplyAt)
    // Not solved yet: nothing to confirm.
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true }, tokens.resident), 142, '问题还在“处理中”，解决后才能确认。')
    expect(await api.ok('resolveProblem', { problemId, note: '灯已换好。' }, tokens.gridLeader)).toEqual({ status: 'solved' })
    await refused(() => api.call('replyToProblem', { problemId, text: '再说一句' }, tokens.gridLeader), 142, '这个问题已经办结，不能再答复；如需处理请等居民重新打开。')
    // Confirming someone else's problem.
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true }, tokens.senior), 101, '没有找到这个问题。')
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true }, tokens.gridLeader), 119, '只有反映问题的居民本人可以确认是否解决。')
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true }, tokens.communityStaff), 119, '只有反映问题的居民本人可以确认是否解决。')
    // Reopening needs a reason.
    await refused(() => api.call('confirmProblem', { problemId, satisfied: false }, tokens.resident), 142, '请写明还没有解决的地方，方便继续处理。')
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true, rating: 6 }, tokens.resident), 142, '评分应为1到5颗星。')
    expect(await api.ok('confirmProblem', { problemId, satisfied: false, comment: '二楼的灯还是不亮。' }, tokens.resident)).toEqual({ status: 'handling' })
    const reopened = await row(problemId)
    expect(reopened).toMatchObject({ status: 'handling', solvedAt: null, reopenCount: 1 })
    await api.ok('resolveProblem', { problemId, note: '二楼的灯也换好了。' }, tokens.gridLeader)
    expect(await api.ok('confirmProblem', { problemId, satisfied: true, rating: 5, comment: '很及时，谢谢！' }, tokens.resident)).toEqual({ status: 'confirmed' })
    await refused(() => api.call('confirmProblem', { problemId, satisfied: true }, tokens.resident), 142, '这个问题已经确认过了。')
    await refused(() => api.call('rateProblem', { problemId, rating: 4 }, tokens.resident), 142, '这个问题已经评价过了。')
    const detail = await api.ok('getProblem', { problemId }, tokens.resident)
    expect(detail).toMatchObject({ status: 'confirmed', rating: 5, comment: '很及时，谢谢！', canConfirm: false, canRate: false, isReporter: true })
    expect(detail.events.map((e) => e.kind)).toEqual(['reported', 'replied', 'updated', 'solved', 'reopened', 'solved', 'confirmed'])
  })

  it('a concurrent burst of replies records exactly one first reply; concurrent confirms confirm once', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => api.call('replyToProblem', { problemId, text: `答复${i}` }, tokens.gridLeader)))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(await db.count('ProblemEvent', `"problem" = $1 AND "kind" = 'replied'`, [problemId])).toBe(1)
    expect(await db.count('ProblemEvent', `"problem" = $1 AND "kind" = 'updated'`, [problemId])).toBe(7)
    await api.ok('resolveProblem', { problemId, note: '好了' }, tokens.gridLeader)
    const confirms = await Promise.all(Array.from({ length: 6 }, () => api.call('confirmProblem', { problemId, satisfied: true, rating: 4 }, tokens.resident)))
    expect(confirms.filter((r) => r.ok).length).toBe(1)
    expect(await db.count('ProblemEvent', `"problem" = $1 AND "kind" = 'confirmed'`, [problemId])).toBe(1)
  })
})

describe('reassigning', () => {
  it('staff reassign; the new handler acts, the old one no longer may; a grid leader may not reassign', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    await refused(() => api.call('reassignProblem', { problemId, handlerId: people.otherGridLeaderId }, tokens.gridLeader), 119, '只有社区和街道工作人员可以转派问题。')
    await refused(() => api.call('reassignProblem', { problemId, handlerId: people.otherGridLeaderId }, tokens.otherCommunityStaff), 101)
    expect(failure(await api.call('problemHandlers', { problemId }, tokens.gridLeader)).code).toBe(119)
    const { handlers } = await api.ok('problemHandlers', { problemId }, tokens.communityStaff)
    expect(handlers.some((h) => h.userId === people.otherGridLeaderId && /网格长$/.test(h.label))).toBe(true)
    expect(JSON.stringify(handlers)).not.toMatch(/139\d{8}/)
    const [resident] = await db.rows<{ user: string }>(`SELECT "user" FROM "Resident" WHERE "phone" = '13900000002'`)
    await refused(() => api.call('reassignProblem', { problemId, handlerId: resident.user }, tokens.communityStaff), 142, '只能转派给本社区的网格长或社区、街道工作人员。')
    await refused(() => api.call('replyToProblem', { problemId, text: '我先看看' }, tokens.otherGridLeader), 119, '这个问题不归您处理，需由社区工作人员转派给您后才能处理。')
    const { handlerName } = await api.ok('reassignProblem', { problemId, handlerId: people.otherGridLeaderId }, tokens.communityStaff)
    expect(handlerName).toBeTruthy()
    await refused(() => api.call('replyToProblem', { problemId, text: '我来' }, tokens.gridLeader), 119, '这个问题不归您处理，需由社区工作人员转派给您后才能处理。')
    expect(await api.ok('replyToProblem', { problemId, text: '转给我了，我来处理。' }, tokens.otherGridLeader)).toEqual({ status: 'answered' })
    expect((await api.ok('getProblem', { problemId }, tokens.resident)).handlerName).toBe(handlerName)
    // Street staff may act anywhere in the street.
    expect(await api.ok('resolveProblem', { problemId, note: '街道协调解决。' }, tokens.streetStaff)).toEqual({ status: 'solved' })
  })
})

describe('visit day records', () => {
  it('a steward records a problem collected in person for a resident of their building, who then follows it', async () => {
    const before = (await api.ok('listMyProblems', {}, tokens.senior)).items.length
    const { problemId } = await api.ok(
      'recordVisitProblem',
      { category: '安全隐患', description: '走访时反映：楼下电动车在楼道充电。', buildingId: people.buildingId, residentPhone: DEMO.senior },
      tokens.steward,
    )
    const r = await row(problemId)
    expect(r).toMatchObject({ source: 'visit', handler: people.gridLeaderId, status: 'received' })
    const mine = await api.ok('listMyProblems', {}, tokens.senior)
    expect(mine.items.length).toBe(before + 1)
    expect(mine.items[0]).toMatchObject({ id: problemId, source: 'visit' })
    const detail = await api.ok('getProblem', { problemId }, tokens.senior)
    expect(detail.events[0]).toMatchObject({ kind: 'recorded' })
    // Without a phone it still goes on the same path.
    const anon = await api.ok('recordVisitProblem', { category: '环境卫生', description: '垃圾桶满了没人清。', buildingId: people.buildingId }, tokens.communityStaff)
    expect(await row(anon.problemId)).toMatchObject({ reporter: null, handler: people.gridLeaderId })
    expect((await api.ok('visitBuildings', {}, tokens.steward)).buildings.map((b) => b.id)).toEqual([people.buildingId])
  })

  it('refuses residents, other buildings and unknown phones', async () => {
    const input = { category: '其他', description: '走访问题', buildingId: people.buildingId }
    await refused(() => api.call('recordVisitProblem', input, tokens.resident), 119, '只有社区、街道工作人员、楼道红管家和网格长可以登记走访问题。')
    await refused(() => api.call('recordVisitProblem', { ...input, buildingId: people.otherGridBuildingId }, tokens.steward), 119, '您只能为自己负责的楼栋登记走访问题。')
    await refused(() => api.call('recordVisitProblem', { ...input, buildingId: people.buildingId }, tokens.otherCommunityStaff), 119)
    await refused(() => api.call('recordVisitProblem', { ...input, residentPhone: '13900000005' }, tokens.steward), 142, '这个楼栋里没有登记这个手机号的住户，请核对，或者不填手机号。')
    await refused(() => api.call('recordVisitProblem', { ...input, description: '' }, tokens.steward), 142, '请描述遇到的问题。')
  })
})
