/** Rainbow Bridge (#6): applying, the two-stage review, the budget that is never overspent, and every "must fail" of the issue. */
import type { WelfareProgramme } from '@contract/api-welfare'
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { application, openProgramme, SCORES } from './support/welfare'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
let programme: WelfareProgramme
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
  programme = await openProgramme(api)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const MASTER = () => ({ 'X-Parse-Master-Key': require('node:fs').readFileSync(`${server.dataDir}/master-key`, 'utf8').trim() })

async function master<T>(name: string, params: unknown): Promise<T> {
  const res = await fetch(`${server.base}/functions/${name}`, {
    method: 'POST',
    headers: { 'X-Parse-Application-Id': 'tongxin', 'Content-Type': 'application/json', ...MASTER() },
    body: JSON.stringify(params),
  })
  const body = (await res.json()) as { result: T; error?: string }
  if (!res.ok) throw new Error(`${name}: ${body.error}`)
  return body.result
}

/** A snapshot of everything the feature writes, to prove a refused call saved nothing. */
async function snapshot(): Promise<string> {
  const rows = await db.rows(
    `SELECT (SELECT json_agg(a ORDER BY a."objectId") FROM (SELECT "objectId", "status", "totalFen", "items", "startDate", "endDate", "approvedFen", "updatedAt" FROM "WelfareApplication") a) AS apps,
            (SELECT count(*) FROM "WelfareEvent") AS events, (SELECT count(*) FROM "WelfareProgress") AS posts,
            (SELECT json_agg(p ORDER BY p."objectId") FROM (SELECT "objectId", "approvedFen", "budgetFen" FROM "WelfareProgramme") p) AS programmes`,
  )
  return JSON.stringify(rows)
}

/** Expects a refusal with a code and a Chinese sentence, and that nothing was saved. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string | RegExp): Promise<void> {
  const before = await snapshot()
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (typeof message === 'string') expect(err.error).toBe(message)
  else if (message) expect(err.error).toMatch(message)
  expect(await snapshot()).toBe(before)
}

async function draft(token = tokens.resident, overrides: Record<string, unknown> = {}, programmeId = programme.id): Promise<string> {
  return (await api.ok('saveWelfareApplication', { programmeId, ...application(places.communityId, overrides) }, token)).applicationId
}

async function submitted(token = tokens.resident, overrides: Record<string, unknown> = {}, programmeId = programme.id): Promise<string> {
  const id = await draft(token, overrides, programmeId)
  await api.ok('submitWelfareApplication', { applicationId: id }, token)
  return id
}

async function passed(token = tokens.resident, overrides: Record<string, unknown> = {}, programmeId = programme.id): Promise<string> {
  const id = await submitted(token, overrides, programmeId)
  await api.ok('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: SCORES, comment: '' }, tokens.communityStaff)
  return id
}

async function statusOf(id: string): Promise<string> {
  const [r] = await db.rows<{ status: string }>('SELECT "status" FROM "WelfareApplication" WHERE "objectId" = $1', [id])
  return r.status
}

describe('seeded programmes', () => {
  it('has the open programme of the year (300,000 yuan, 30,000 per project) and 16 funded projects close to 300,000 yuan', async () => {
    expect(programme).toMatchObject({ budgetFen: 30_000_000, capFen: 3_000_000, phase: 'open' })
    const { items } = await api.ok('listWelfareProgrammes', {})
    const past = items.filter((p) => p.phase === 'closed')
    let funded = 0
    let total = 0
    for (const p of past) {
      const list = await api.ok('listFundedProjects', { programmeId: p.id })
      funded += list.items.length
      total += list.items.reduce((s, i) => s + i.amountFen, 0)
      expect(list.approvedFen).toBe(list.items.reduce((s, i) => s + i.amountFen, 0))
      expect(list.approvedFen).toBeLessThanOrEqual(list.budgetFen)
    }
    expect(funded).toBe(16)
    expect(total).toBeGreaterThan(28_000_000)
    expect(total).toBeLessThanOrEqual(30_000_000)
  })
})

describe('drafts', () => {
  it('saves field by field, resumes, and only its author sees it (not via functions, not over REST)', async () => {
    const { applicationId } = await api.ok('saveWelfareApplication', { programmeId: programme.id, projectName: '老人助餐' }, tokens.resident)
    await api.ok('saveWelfareApplication', { programmeId: programme.id, applicationId, category: '助老' }, tokens.resident)
    const own = (await api.ok('getWelfareApplication', { applicationId }, tokens.resident)).application
    expect(own.status).toBe('draft')
    expect(own.fields).toMatchObject({ projectName: '老人助餐', category: '助老' })
    expect((await api.ok('myWelfareApplications', {}, tokens.resident)).items.some((i) => i.id === applicationId)).toBe(true)
    for (const who of ['senior', 'communityStaff', 'streetStaff'] as const) {
      expect(failure(await api.call('getWelfareApplication', { applicationId }, tokens[who])).code).toBe(101)
    }
    expect((await api.ok('listWelfareReviews', { status: 'submitted' }, tokens.communityStaff)).items.some((i) => i.id === applicationId)).toBe(false)
    await refused(() => api.call('listWelfareReviews', { status: 'draft' }, tokens.streetStaff), 142)
    // Someone else's draft cannot be edited either: it is not there for them.
    await refused(() => api.call('saveWelfareApplication', { programmeId: programme.id, applicationId, projectName: '改名' }, tokens.senior), 101)
  })

  it('cannot be read or written over the REST API by anyone but cloud code', async () => {
    const id = await draft()
    for (const who of ['resident', 'senior', 'streetStaff'] as const) {
      for (const cls of ['WelfareApplication', 'WelfareProgramme', 'WelfareEvent', 'WelfareProgress']) {
        const list = await api.rest('GET', `/classes/${cls}`, { token: tokens[who] })
        expect(list.ok).toBe(false)
      }
      expect((await api.rest('GET', `/classes/WelfareApplication/${id}`, { token: tokens[who] })).ok).toBe(false)
    }
    expect((await api.rest('GET', '/classes/WelfareApplication')).ok).toBe(false)
    const forged = { programme: { __type: 'Pointer', className: 'WelfareProgramme', objectId: programme.id }, street: { __type: 'Pointer', className: 'Street', objectId: places.streetId }, status: 'approved' }
    await refused(() => api.rest('POST', '/classes/WelfareApplication', { token: tokens.resident, body: forged }), 119)
    await refused(() => api.rest('PUT', `/classes/WelfareApplication/${id}`, { token: tokens.resident, body: { status: 'approved' } }), 119)
    await refused(() => api.rest('PUT', `/classes/WelfareProgramme/${programme.id}`, { token: tokens.streetStaff, body: { approvedFen: 0 } }), 119)
  })

  it('refuses a person who is not a verified resident (119)', async () => {
    await refused(() => api.call('saveWelfareApplication', { programmeId: programme.id, projectName: '新项目' }, tokens.newcomer), 119, '只有完成住户认证的居民可以申请彩虹桥项目，请先登记住址。')
  })
})

describe('amounts, totals and dates are refused with a Chinese sentence, and nothing is saved', () => {
  const item = (amountFen: unknown) => ({ items: [{ name: '物资', amountFen }], totalFen: amountFen })
  it.each([
    ['a negative amount', item(-100), '第1项的金额不能是负数。'],
    ['a fractional fen', item(100.5), '第1项的金额最多精确到分（两位小数）。'],
    ['a non-numeric amount', { items: [{ name: '物资', amountFen: '100' }] }, '第1项的金额必须是数字。'],
    ['a total that does not match its items', { items: [{ name: '物资', amountFen: 100 }, { name: '场地', amountFen: 200 }], totalFen: 400 }, '预算总额与明细合计不一致，请核对。'],
    ['a negative total', { items: [{ name: '物资', amountFen: 100 }], totalFen: -100 }, '预算总额不能是负数。'],
    ['a non-numeric total', { items: [{ name: '物资', amountFen: 100 }], totalFen: '100' }, '预算总额必须是数字。'],
    ['end before start', { startDate: '2030-06-01', endDate: '2030-05-31' }, '结束日期不能早于开始日期。'],
    ['an impossible date', { startDate: '2030-02-30' }, '日期不对，请重新选择。'],
    ['a community of no street', { communityIds: ['nowhere123'] }, '请从本街道的社区中选择服务的社区。'],
    ['a category the programme does not take', { category: '体育' }, '请选择本期支持的项目类别。'],
  ])('%s, in a new draft and in an existing one', async (_label, bad, message) => {
    await refused(() => api.call('saveWelfareApplication', { programmeId: programme.id, ...application(places.communityId), ...bad }, tokens.resident), 142, message)
    const id = await draft()
    await refused(() => api.call('saveWelfareApplication', { programmeId: programme.id, applicationId: id, ...bad }, tokens.resident), 142, message)
  })
})

describe('submission', () => {
  it('refuses a total over the per-project cap, and an incomplete draft', async () => {
    const over = await draft(tokens.resident, { items: [{ name: '物资', amountFen: 3_000_001 }], totalFen: 3_000_001 })
    await refused(() => api.call('submitWelfareApplication', { applicationId: over }, tokens.resident), 142, '预算总额超过了本期每个项目的上限30,000.00元。')
    expect(await statusOf(over)).toBe('draft')
    const { applicationId: thin } = await api.ok('saveWelfareApplication', { programmeId: programme.id, projectName: '只有名字' }, tokens.resident)
    await refused(() => api.call('submitWelfareApplication', { applicationId: thin }, tokens.resident), 142)
  })

  it('refuses submitting outside the window, before it opens and after it closes', async () => {
    const id = await draft()
    try {
      await master('setTestClock', { at: `${programme.closesOn}T23:00:00+08:00` })
      await api.ok('saveWelfareApplication', { programmeId: programme.id, applicationId: id, outcomes: '最后一天还能改' }, tokens.resident)
      await master('setTestClock', { at: new Date(Date.parse(`${programme.closesOn}T00:00:00+08:00`) + 86_400_000).toISOString() })
      await refused(() => api.call('submitWelfareApplication', { applicationId: id }, tokens.resident), 142, `本期申报已于${programme.closesOn}截止，不能再提交。`)
      await master('setTestClock', { at: new Date(Date.parse(`${programme.opensOn}T00:00:00+08:00`) - 3600_000).toISOString() })
      await refused(() => api.call('submitWelfareApplication', { applicationId: id }, tokens.resident), 142, /尚未开始/)
    } finally {
      await master('setTestClock', { at: null })
    }
    expect(await statusOf(id)).toBe('draft')
    await api.ok('submitWelfareApplication', { applicationId: id }, tokens.resident)
    expect(await statusOf(id)).toBe('submitted')
  })

  it('is on the timeline, cannot be edited after, and can be withdrawn before review starts but not after', async () => {
    const id = await submitted()
    const view = (await api.ok('getWelfareApplication', { applicationId: id }, tokens.resident)).application
    expect(view.timeline.map((e) => e.kind)).toEqual(['submitted'])
    expect(view.can).toMatchObject({ edit: false, withdraw: true })
    await refused(() => api.call('saveWelfareApplication', { programmeId: programme.id, applicationId: id, projectName: '改名' }, tokens.resident), 142, '这份申请已提交审核，不能再修改。')
    await refused(() => api.call('withdrawWelfareApplication', { applicationId: id }, tokens.senior), 101)
    expect(await api.ok('withdrawWelfareApplication', { applicationId: id }, tokens.resident)).toEqual({ status: 'withdrawn' })
    const late = await passed()
    await refused(() => api.call('withdrawWelfareApplication', { applicationId: late }, tokens.resident), 142, '审核已经开始，不能撤回。')
  })
})

describe('first review', () => {
  it('refuses an applicant, staff of another community, and the final decision by community staff', async () => {
    const id = await submitted()
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: SCORES, comment: '' }, tokens.senior), 119, '只有社区和街道工作人员可以审核彩虹桥申请。')
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: SCORES, comment: '' }, tokens.otherCommunityStaff), 119, '您只能初审服务本社区的申请。')
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 100, comment: '' }, tokens.communityStaff), 119)
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: SCORES, comment: '' }, tokens.streetStaff), 119)
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'pass', comment: '' }, tokens.communityStaff), 142, '请为每项评分标准打分。')
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: { ...SCORES, need: 101 }, comment: '' }, tokens.communityStaff), 142)
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'reject', comment: ' ' }, tokens.communityStaff), 142, '请写明不予通过的原因。')
    expect(await statusOf(id)).toBe('submitted')
    // The staff of another community do not see it in their queue either.
    expect((await api.ok('listWelfareReviews', {}, tokens.otherCommunityStaff)).items.some((i) => i.id === id)).toBe(false)
    expect((await api.ok('listWelfareReviews', {}, tokens.communityStaff)).items.some((i) => i.id === id)).toBe(true)
    await refused(() => api.call('listWelfareReviews', {}, tokens.resident), 119)
  })

  it('returns for revision; the applicant edits and resubmits; then passes with a weighted score', async () => {
    const id = await submitted()
    await api.ok('reviewWelfareApplication', { applicationId: id, decision: 'revise', comment: '请补充活动场地。' }, tokens.communityStaff)
    expect(await statusOf(id)).toBe('revise')
    await api.ok('saveWelfareApplication', { programmeId: programme.id, applicationId: id, description: '在社区活动室每周二上门送餐。' }, tokens.resident)
    await api.ok('submitWelfareApplication', { applicationId: id }, tokens.resident)
    const r = await api.ok('reviewWelfareApplication', { applicationId: id, decision: 'pass', scores: SCORES, comment: '方案清楚' }, tokens.communityStaff)
    expect(r.status).toBe('passed')
    const view = (await api.ok('getWelfareApplication', { applicationId: id }, tokens.resident)).application
    expect(view.timeline.map((e) => e.kind)).toEqual(['submitted', 'revise', 'resubmitted', 'passed'])
    expect(view.timeline[1].comment).toBe('请补充活动场地。')
    expect(view.timeline[3].score).toBe(82)
    // A second pass at the same moment finds it already handled.
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'reject', comment: '晚了' }, tokens.communityStaff), 119)
  })
})

describe('final decision', () => {
  it('refuses more than requested; approves within it; the project is public with the name as chosen', async () => {
    const id = await passed(tokens.resident, { applicantKind: 'self', orgName: undefined, showFullName: false })
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 620_051, comment: '' }, tokens.streetStaff), 142, '批准金额不能超过申请金额6,200.50元。')
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 1000.5, comment: '' }, tokens.streetStaff), 142)
    await refused(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 600_000, comment: '' }, tokens.otherCommunityStaff), 119)
    const before = (await api.ok('listFundedProjects', { programmeId: programme.id })).approvedFen
    expect((await api.ok('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 600_000, comment: '同意资助' }, tokens.streetStaff)).status).toBe('approved')
    const funded = await api.ok('listFundedProjects', { programmeId: programme.id })
    expect(funded.approvedFen).toBe(before + 600_000)
    const item = funded.items.find((i) => i.id === id)!
    const me = await api.ok('me', {}, tokens.resident)
    expect(item).toMatchObject({ amountFen: 600_000, status: 'approved', communities: ['杨家门社区'] })
    expect(item.applicantName).toBe(`${[...me.displayName][0]}**`)
    expect(JSON.stringify(funded)).not.toContain(DEMO.resident)
    // Counted by status on the programme page, anonymously.
    const { byStatus } = await api.ok('getWelfareProgramme', { programmeId: programme.id })
    expect(byStatus.approved).toBeGreaterThanOrEqual(1)
    expect(byStatus.draft).toBeUndefined()
  })

  it('refuses more than the budget left', async () => {
    const { programmeId } = await api.ok('saveWelfareProgramme', smallProgramme(1_000_000), tokens.streetStaff)
    const a = await passed(tokens.resident, { items: [{ name: '物资', amountFen: 800_000 }], totalFen: 800_000 }, programmeId)
    const b = await passed(tokens.resident, { items: [{ name: '物资', amountFen: 800_000 }], totalFen: 800_000 }, programmeId)
    await api.ok('reviewWelfareApplication', { applicationId: a, decision: 'approve', amountFen: 800_000, comment: '' }, tokens.streetStaff)
    await refused(() => api.call('reviewWelfareApplication', { applicationId: b, decision: 'approve', amountFen: 300_000, comment: '' }, tokens.streetStaff), 142, '批准金额超过了本期剩余预算2,000.00元。')
    await api.ok('reviewWelfareApplication', { applicationId: b, decision: 'approve', amountFen: 200_000, comment: '按剩余预算资助' }, tokens.streetStaff)
    expect((await api.ok('listFundedProjects', { programmeId })).approvedFen).toBe(1_000_000)
  })
})

function smallProgramme(budgetFen: number) {
  return {
    name: `测试小额项目${budgetFen}-${Date.now() % 100000}`,
    budgetFen,
    capFen: budgetFen,
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    categories: ['助老' as const],
    criteria: [
      { key: 'need', name: '需求迫切', weight: 30 },
      { key: 'feasibility', name: '方案可行', weight: 30 },
      { key: 'budget', name: '预算合理', weight: 20 },
      { key: 'impact', name: '社会效益', weight: 20 },
    ],
  }
}

describe('approvals racing for the last of the budget', () => {
  it('two approvals of 8,000 yuan against 10,000 left: exactly one wins', async () => {
    const { programmeId } = await api.ok('saveWelfareProgramme', smallProgramme(1_000_000), tokens.streetStaff)
    const ids = [
      await passed(tokens.resident, { items: [{ name: '物资', amountFen: 800_000 }], totalFen: 800_000 }, programmeId),
      await passed(tokens.resident, { items: [{ name: '物资', amountFen: 800_000 }], totalFen: 800_000 }, programmeId),
    ]
    const replies = await Promise.all(ids.map((id) => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 800_000, comment: '' }, tokens.streetStaff)))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    const lost = failure(replies.find((r) => !r.ok)!)
    expect(lost.code).toBe(142)
    expect(isChinese(lost.error)).toBe(true)
    const [p] = await db.rows<{ approvedFen: number }>('SELECT "approvedFen" FROM "WelfareProgramme" WHERE "objectId" = $1', [programmeId])
    expect(Number(p.approvedFen)).toBe(800_000)
    const statuses = await Promise.all(ids.map(statusOf))
    expect(statuses.sort()).toEqual(['approved', 'passed'])
  })

  it('eight approvals of 3,000 yuan against 10,000: exactly three win, and the budget holds', async () => {
    const { programmeId } = await api.ok('saveWelfareProgramme', smallProgramme(1_000_000), tokens.streetStaff)
    const ids: string[] = []
    for (let i = 0; i < 8; i++) ids.push(await passed(tokens.resident, { items: [{ name: '物资', amountFen: 300_000 }], totalFen: 300_000 }, programmeId))
    const replies = await Promise.all(ids.map((id) => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 300_000, comment: '' }, tokens.streetStaff)))
    expect(replies.filter((r) => r.ok)).toHaveLength(3)
    const funded = await api.ok('listFundedProjects', { programmeId })
    expect(funded.approvedFen).toBe(900_000)
    expect(funded.items).toHaveLength(3)
    expect(await db.count('WelfareEvent', `"kind" = 'approved' AND "application" = ANY($1)`, [ids])).toBe(3)
  })

  it('the same application approved twice at once is approved once', async () => {
    const { programmeId } = await api.ok('saveWelfareProgramme', smallProgramme(2_000_000), tokens.streetStaff)
    const id = await passed(tokens.resident, { items: [{ name: '物资', amountFen: 500_000 }], totalFen: 500_000 }, programmeId)
    const replies = await Promise.all([0, 1, 2].map(() => api.call('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 500_000, comment: '' }, tokens.streetStaff)))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect((await api.ok('listFundedProjects', { programmeId })).approvedFen).toBe(500_000)
  })
})

describe('programmes', () => {
  it('street staff open one; others may not; bad money and windows are refused', async () => {
    await refused(() => api.call('saveWelfareProgramme', smallProgramme(1000), tokens.communityStaff), 119)
    await refused(() => api.call('saveWelfareProgramme', smallProgramme(1000), tokens.resident), 119)
    await refused(() => api.call('saveWelfareProgramme', { ...smallProgramme(1000), budgetFen: 10.5 }, tokens.streetStaff), 142, '总预算最多精确到分（两位小数）。')
    await refused(() => api.call('saveWelfareProgramme', { ...smallProgramme(1000), capFen: 2000 }, tokens.streetStaff), 142, '单个项目上限不能超过总预算。')
    await refused(() => api.call('saveWelfareProgramme', { ...smallProgramme(1000), closesOn: '2019-12-31' }, tokens.streetStaff), 142, '截止日期不能早于开始日期。')
    await refused(() => api.call('saveWelfareProgramme', { ...smallProgramme(1000), criteria: [{ key: 'need', name: '需求', weight: 50 }] }, tokens.streetStaff), 142, '各项评分权重合计应为100。')
  })
})

describe('after funding', () => {
  it('the applicant posts progress and a final report; street staff complete it; the public sees it', async () => {
    const id = await passed()
    await refused(() => api.call('postWelfareProgress', { applicationId: id, text: '还没立项' }, tokens.resident), 142, '项目立项后才能发布进展。')
    await api.ok('reviewWelfareApplication', { applicationId: id, decision: 'approve', amountFen: 500_000, comment: '' }, tokens.streetStaff)
    await refused(() => api.call('postWelfareProgress', { applicationId: id, text: '别人的项目' }, tokens.senior), 101)
    await refused(() => api.call('postWelfareProgress', { applicationId: id, text: ' ' }, tokens.resident), 142)
    await api.ok('postWelfareProgress', { applicationId: id, text: '第一次送餐已完成，服务12位老人。' }, tokens.resident)
    await refused(() => api.call('completeWelfareProject', { applicationId: id }, tokens.streetStaff), 142, '请等申请人提交结项报告后再确认结项。')
    const reports = await Promise.all([0, 1, 2].map(() => api.call('postWelfareProgress', { applicationId: id, text: '结项报告：全部完成。', final: true }, tokens.resident)))
    expect(reports.filter((r) => r.ok)).toHaveLength(1)
    await refused(() => api.call('completeWelfareProject', { applicationId: id }, tokens.communityStaff), 119)
    expect(await api.ok('completeWelfareProject', { applicationId: id }, tokens.streetStaff)).toEqual({ status: 'completed' })
    const { project } = await api.ok('getFundedProject', { applicationId: id })
    expect(project.status).toBe('completed')
    expect(project.progress.map((p) => p.kind)).toEqual(['report', 'progress'])
    const timeline = (await api.ok('getWelfareApplication', { applicationId: id }, tokens.resident)).application.timeline.map((e) => e.kind)
    expect(timeline).toEqual(['submitted', 'passed', 'approved', 'progress', 'report', 'completed'])
    // A project that is not funded is not public.
    expect(failure(await api.call('getFundedProject', { applicationId: await submitted() })).code).toBe(101)
  })
})

describe('personal data', () => {
  it('exports the applications and erases the person from them', async () => {
    const [row] = await db.rows<{ phone: string }>(
      `SELECT r."phone" FROM "Resident" r WHERE r."verified" = true AND r."phone" > '13900000100' ORDER BY r."phone" LIMIT 1`,
    )
    const token = await api.login(row.phone)
    const draftId = await draft(token)
    const fundedId = await passed(token, { applicantKind: 'self', orgName: undefined, showFullName: true })
    await api.ok('reviewWelfareApplication', { applicationId: fundedId, decision: 'approve', amountFen: 100_000, comment: '' }, tokens.streetStaff)
    const pendingId = await submitted(token)
    const exported = await api.ok('exportMyData', {}, token)
    const mine = exported.more.welfareApplications as Array<{ id: string; status: string; timeline: unknown[] }>
    expect(mine.map((a) => a.id).sort()).toEqual([draftId, fundedId, pendingId].sort())
    expect(await api.ok('deleteMyData', { confirm: true }, token)).toEqual({ deleted: true })
    expect(await db.count('WelfareApplication', '"objectId" = $1', [draftId])).toBe(0)
    expect(await statusOf(pendingId)).toBe('withdrawn')
    const [funded] = await db.rows<{ applicant: string | null }>('SELECT "applicant" FROM "WelfareApplication" WHERE "objectId" = $1', [fundedId])
    expect(funded.applicant).toBeNull()
    const item = (await api.ok('listFundedProjects', { programmeId: programme.id })).items.find((i) => i.id === fundedId)!
    expect(item.applicantName).toBe('已注销用户')
  })
})
