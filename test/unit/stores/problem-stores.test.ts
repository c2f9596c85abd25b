/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import type { PickedFile } from '@/adapters/ports'
import { Subscriptions } from '@/features/shared/subscribe'
import { problemsRepository } from '@/features/problems/problems-repository'
import { ProblemDetailStore } from '@/features/problems/stores/problem-detail-store'
import { ProblemQueueStore } from '@/features/problems/stores/problem-queue-store'
import { defaultRange, ProblemStatsStore } from '@/features/problems/stores/problem-stats-store'
import { ReportFormStore } from '@/features/problems/stores/report-form-store'
import type { ProblemDetail, ProblemStats } from '@contract/api-problems'
import { strictConsole } from '../support/strict'

strictConsole()

const buildings = [
  { id: 'b1', name: '银杏公寓1幢' },
  { id: 'b2', name: '银杏公寓2幢' },
]

function picked(name: string, size = 1000): PickedFile {
  return { name, contentType: 'image/jpeg', size, previewUrl: `blob:${name}`, base64: async () => 'AAAA' }
}

async function subscriptionsFor(api: FakeApi, platform: FakePlatform): Promise<Subscriptions> {
  api.on('subscriptionTemplates', () => ({ templates: { problemUpdate: 'tpl-problem' } }))
  api.on('saveSubscriptions', (p) => ({ saved: p.answers.length }))
  const s = new Subscriptions(api, platform)
  await s.prefetch()
  return s
}

async function reportSetup() {
  const api = new FakeApi()
  const platform = new FakePlatform()
  api.on('problemReportPlaces', () => ({ building: buildings[1], buildings }))
  api.on('visitBuildings', () => ({ buildings: [buildings[0]] }))
  api.on('reportProblem', () => ({ problemId: 'p1' }))
  api.on('recordVisitProblem', () => ({ problemId: 'v1' }))
  let n = 0
  api.on('uploadFile', (p) => ({ id: `u${++n}`, url: `https://files/${p.name}`, name: p.name ?? '', contentType: p.contentType, size: 3 }))
  const onExpired = jest.fn()
  const store = new ReportFormStore(problemsRepository(withSessionExpiry(api, onExpired)), platform, await subscriptionsFor(api, platform))
  return { api, platform, store, onExpired }
}

describe('ReportFormStore', () => {
  it("defaults to the resident's own building and shows errors only as fields are touched", async () => {
    const { store } = await reportSetup()
    await store.start('resident')
    expect(store.status).toBe('ready')
    expect(store.buildings[store.draft.building]).toEqual(buildings[1])
    expect(store.errors).toEqual({})
    store.set('description', '字'.repeat(501))
    expect(store.errors).toEqual({ description: '问题描述最多500个字。' })
    expect(store.descriptionCounter).toBe('501/500')
  })

  it('asks WeChat for the problemUpdate subscription first, then refuses an incomplete report without calling the server', async () => {
    const { store, api, platform } = await reportSetup()
    await store.start('resident')
    expect(await store.submit()).toBeNull()
    expect(platform.subscribeRequests).toEqual([['tpl-problem']])
    expect(Object.keys(store.errors).sort()).toEqual(['category', 'description'])
    expect(api.calls.some((c) => c.name === 'reportProblem')).toBe(false)
  })

  it('uploads the photos, sends the report and empties the form', async () => {
    const { store, api, platform } = await reportSetup()
    await store.start('resident')
    platform.pickedFiles = [picked('a.jpg'), picked('b.jpg')]
    await store.addPhotos()
    store.set('category', '安全隐患')
    store.set('description', ' 楼道里有人给电动车充电 ')
    store.set('location', '2单元')
    store.set('showNameToHandler', true)
    expect(await store.submit()).toBe('p1')
    const sent = api.calls.find((c) => c.name === 'reportProblem')!.params
    expect(sent).toEqual({ category: '安全隐患', description: '楼道里有人给电动车充电', location: '2单元', photoIds: ['u1', 'u2'], showNameToHandler: true, buildingId: 'b2' })
    expect(api.calls.filter((c) => c.name === 'uploadFile').map((c) => (c.params as { purpose: string }).purpose)).toEqual(['problem', 'problem'])
    expect(store.draft).toMatchObject({ category: '', description: '', building: 1 })
    expect(store.photos).toEqual([])
  })

  it('keeps at most 6 photos and refuses one over the size limit', async () => {
    const { store, platform } = await reportSetup()
    await store.start('resident')
    platform.pickedFiles = [1, 2, 3, 4, 5].map((i) => picked(`${i}.jpg`))
    await store.addPhotos()
    // WeChat is asked for at most the places left (one here).
    platform.pickedFiles = [picked('big.jpg', 3 * 1024 * 1024), picked('x.jpg')]
    await store.addPhotos()
    expect(store.photoError).toBe('图片不能超过2MB，请换一张或压缩后再试。')
    expect(store.photos).toHaveLength(5)
    platform.pickedFiles = [picked('6.jpg'), picked('7.jpg')]
    await store.addPhotos()
    expect(store.photos.map((p) => p.name)).toEqual(['1.jpg', '2.jpg', '3.jpg', '4.jpg', '5.jpg', '6.jpg'])
    expect(store.photoError).toBeNull()
    expect(store.canAddPhotos).toBe(false)
    store.removePhoto(0)
    expect(store.canAddPhotos).toBe(true)
  })

  it("shows the server's sentence and keeps the draft when the report is refused", async () => {
    const { store, api } = await reportSetup()
    await store.start('resident')
    api.failWith('reportProblem', 119, '只能反映本社区里的问题，请选择本社区的楼栋。')
    store.set('category', '其他')
    store.set('description', '建议增加快递柜')
    expect(await store.submit()).toBeNull()
    expect(store.serverError).toBe('只能反映本社区里的问题，请选择本社区的楼栋。')
    expect(store.draft.description).toBe('建议增加快递柜')
  })

  it('records a visit for a building with the visited resident’s phone, checked as typed', async () => {
    const { store, api } = await reportSetup()
    await store.start('visit')
    expect(store.draft.building).toBe(0)
    store.set('category', '环境卫生')
    store.set('description', '垃圾桶满了')
    store.set('residentPhone', '1390000')
    expect(store.errors.residentPhone).toBe('请填写正确的11位手机号，或者不填。')
    store.set('residentPhone', '13900000002')
    expect(await store.submit()).toBe('v1')
    expect(api.calls.find((c) => c.name === 'recordVisitProblem')!.params).toEqual({
      category: '环境卫生', description: '垃圾桶满了', showNameToHandler: false, buildingId: 'b1', residentPhone: '13900000002',
    })
  })

  it('says a resident without a home must register first', async () => {
    const { store, api } = await reportSetup()
    api.on('problemReportPlaces', () => ({ building: null, buildings: [] }))
    await store.start('resident')
    expect(store.noHome).toBe(true)
  })
})

function aProblem(overrides: Partial<ProblemDetail> = {}): ProblemDetail {
  return {
    id: 'p1', category: '设施维修', summary: '灯坏了', status: 'received', source: 'app', where: '银杏公寓1幢', reportedAt: '2026-11-26T02:00:00.000Z',
    overdue: false, escalation: 0, handlerName: '张网格', description: '灯坏了', location: null, photos: [], reporterName: null, showNameToHandler: false,
    replyDueAt: '2026-11-27T02:00:00.000Z', solveDueAt: '2026-12-03T02:00:00.000Z', firstReplyAt: null, solvedAt: null, confirmedAt: null, autoConfirmed: false,
    rating: null, comment: null, events: [], canReply: true, canResolve: true, canReassign: false, canConfirm: false, canRate: false, isReporter: false,
    ...overrides,
  }
}

async function detailSetup(problem: ProblemDetail) {
  const api = new FakeApi()
  const platform = new FakePlatform()
  let current = problem
  api.on('getProblem', () => current)
  api.on('replyToProblem', () => {
    current = { ...current, status: 'answered', firstReplyAt: '2026-11-26T03:00:00.000Z' }
    return { status: 'answered' }
  })
  api.on('confirmProblem', (p) => ({ status: p.satisfied ? 'confirmed' : 'handling' }))
  api.on('problemHandlers', () => ({ handlers: [{ userId: 'u9', name: '李网格', label: '第2网格长' }] }))
  api.on('reassignProblem', () => ({ handlerName: '李网格' }))
  const store = new ProblemDetailStore(problemsRepository(api), platform, await subscriptionsFor(api, platform))
  await store.open('p1')
  return { api, platform, store }
}

describe('ProblemDetailStore', () => {
  it('replies after the rule check, then shows the server’s new state', async () => {
    const { store, api } = await detailSetup(aProblem())
    expect(await store.reply()).toBe(false)
    expect(store.actionError).toBe('请填写答复内容。')
    store.setText(' 收到，明天来看 ')
    expect(await store.reply()).toBe(true)
    expect(api.calls.find((c) => c.name === 'replyToProblem')!.params).toEqual({ problemId: 'p1', text: '收到，明天来看' })
    expect(store.problem?.status).toBe('answered')
    expect(store.text).toBe('')
  })

  it('reopens only with a reason, confirms with the stars chosen, asking for the subscription on each tap', async () => {
    const { store, api, platform } = await detailSetup(aProblem({ status: 'solved', canConfirm: true, isReporter: true, canReply: false, canResolve: false }))
    expect(await store.reopen()).toBe(false)
    expect(store.actionError).toBe('请写明还没有解决的地方，方便继续处理。')
    store.setText('还是不亮')
    expect(await store.reopen()).toBe(true)
    store.setRating(5)
    expect(await store.confirm()).toBe(true)
    expect(api.calls.filter((c) => c.name === 'confirmProblem').map((c) => c.params)).toEqual([
      { problemId: 'p1', satisfied: false, comment: '还是不亮' },
      { problemId: 'p1', satisfied: true, rating: 5 },
    ])
    // Every tap asks, the refused one too: WeChat allows it only inside a tap.
    expect(platform.subscribeRequests.length).toBe(3)
  })

  it('shows a refusal next to the action and keeps what was typed', async () => {
    const { store, api } = await detailSetup(aProblem())
    api.failWith('replyToProblem', 119, '这个问题不归您处理，需由社区工作人员转派给您后才能处理。')
    store.setText('我来')
    expect(await store.reply()).toBe(false)
    expect(store.actionError).toBe('这个问题不归您处理，需由社区工作人员转派给您后才能处理。')
    expect(store.text).toBe('我来')
  })

  it('marks solved with a note and uploaded photos, then forgets them', async () => {
    const { store, api, platform } = await detailSetup(aProblem())
    let n = 0
    api.on('uploadFile', (p) => ({ id: `s${++n}`, url: `https://files/${p.name}`, name: p.name ?? '', contentType: p.contentType, size: 3 }))
    api.on('resolveProblem', () => ({ status: 'solved' }))
    platform.pickedFiles = [picked('after1.jpg'), picked('after2.jpg')]
    await store.addPhotos()
    store.setText('灯已换好')
    expect(await store.resolve()).toBe(true)
    expect(api.calls.find((c) => c.name === 'resolveProblem')!.params).toEqual({ problemId: 'p1', note: '灯已换好', photoIds: ['s1', 's2'] })
    expect(store.photos).toEqual([])
  })

  it('lists handlers and reassigns', async () => {
    const { store, api } = await detailSetup(aProblem({ canReassign: true }))
    await store.loadHandlers()
    expect(store.handlers.map((h) => h.name)).toEqual(['李网格'])
    expect(await store.reassign('u9')).toBe(true)
    expect(api.calls.find((c) => c.name === 'reassignProblem')!.params).toEqual({ problemId: 'p1', handlerId: 'u9' })
  })

  it('a rating needs stars; reset forgets the problem', async () => {
    const { store } = await detailSetup(aProblem({ status: 'confirmed', canRate: true, isReporter: true }))
    expect(await store.rate()).toBe(false)
    expect(store.actionError).toBe('请选择1到5颗星。')
    store.reset()
    expect(store.problem).toBeNull()
    expect(store.status).toBe('idle')
  })
})

const statRow = { total: 10, replied: 10, solved: 9, confirmed: 8, rated: 5, replyRate: 1, solveRate: 0.9, confirmedRate: 0.8889, medianFirstReplyHours: 3, medianSolveHours: 40, overdue: 1, satisfaction: 4.6 }

describe('ProblemStatsStore and ProblemQueueStore', () => {
  it('defaults to the last six months in Shanghai time', () => {
    expect(defaultRange(new Date('2026-11-30T17:00:00Z'))).toEqual({ from: '2026-07-01', to: '2026-12-01' })
  })

  it("asks for the caller's scope, then the street, a community or a grid", async () => {
    const api = new FakeApi()
    api.on('problemStatScopes', () => ({ street: { id: 's', name: '梧桐街道' }, communities: [{ id: 'c1', name: '杨家门社区' }], grids: [{ id: 'g1', name: '第1网格', communityId: 'c1' }] }))
    api.on('problemStats', () => ({ ...statRow, byMonth: [], byPlace: [], scopeName: '梧桐街道' }) as ProblemStats)
    const store = new ProblemStatsStore(problemsRepository(api), () => new Date('2026-11-26T12:00:00Z'))
    await store.start()
    expect(store.placeOptions.map((p) => p.name)).toEqual(['梧桐街道（全街道）', '杨家门社区'])
    expect(store.gridOptions).toEqual([])
    await store.setCommunity('c1')
    expect(store.gridOptions.map((g) => g.name)).toEqual(['全部网格', '第1网格'])
    await store.setGrid('g1')
    expect(api.calls.filter((c) => c.name === 'problemStats').map((c) => c.params)).toEqual([
      { from: '2026-06-01', to: '2026-11-26' },
      { from: '2026-06-01', to: '2026-11-26', communityId: 'c1' },
      { from: '2026-06-01', to: '2026-11-26', communityId: 'c1', gridId: 'g1' },
    ])
    expect(store.stats?.solveRate).toBe(0.9)
  })

  it('street staff change a category’s solve days; a refusal is shown', async () => {
    const api = new FakeApi()
    api.on('problemStatScopes', () => ({ street: { id: 's', name: '梧桐街道' }, communities: [], grids: [] }))
    api.on('problemStats', () => ({ ...statRow, byMonth: [], byPlace: [], scopeName: '梧桐街道' }) as ProblemStats)
    api.on('problemRules', () => ({ rules: [{ category: '设施维修', solveDays: 7 }, { category: '其他', solveDays: 7 }] }))
    api.on('setProblemRule', (p) => p)
    const store = new ProblemStatsStore(problemsRepository(api), () => new Date('2026-11-26T12:00:00Z'))
    await store.start()
    await store.loadRules()
    expect(store.canEditRules).toBe(true)
    await store.saveRule({ category: '设施维修', solveDays: 3 })
    expect(store.rules).toEqual([{ category: '设施维修', solveDays: 3 }, { category: '其他', solveDays: 7 }])
    api.failWith('setProblemRule', 119, '只有街道工作人员可以设置办结时限。')
    await store.saveRule({ category: '其他', solveDays: 2 })
    expect(store.ruleError).toBe('只有街道工作人员可以设置办结时限。')
    expect(store.rules[1].solveDays).toBe(7)
  })

  it('community staff start on their community; errors are shown in Chinese', async () => {
    const api = new FakeApi()
    api.on('problemStatScopes', () => ({ street: null, communities: [{ id: 'c1', name: '杨家门社区' }], grids: [] }))
    api.failWith('problemStats', 119, '您只能查看自己所在社区的问题统计。')
    const store = new ProblemStatsStore(problemsRepository(api), () => new Date('2026-11-26T12:00:00Z'))
    await store.start()
    expect(store.communityId).toBe('c1')
    expect(store.status).toBe('error')
    expect(store.error).toBe('您只能查看自己所在社区的问题统计。')
  })

  it('the queue loads per filter and shows the visit-day banner on the 14th', async () => {
    const api = new FakeApi()
    api.on('listProblemQueue', (p) => ({ items: [{ ...aProblem(), id: `${p.filter}-1` }], nextCursor: null }))
    const queue = new ProblemQueueStore(problemsRepository(api), () => new Date('2026-12-14T01:00:00Z'))
    await queue.list.load()
    await queue.setFilter('overdue')
    expect(queue.list.items.map((i) => i.id)).toEqual(['overdue-1'])
    expect(api.calls.map((c) => (c.params as { filter: string }).filter)).toEqual(['mine', 'overdue'])
    expect(queue.banner).toMatch(/明天（15日）是集中走访日/)
    queue.reset()
    expect(queue.filter).toBe('mine')
  })
})
