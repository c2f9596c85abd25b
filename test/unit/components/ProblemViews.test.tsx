import { act, fireEvent, render, screen } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { ProblemDetailView } from '@/features/problems/components/ProblemDetailView'
import { ReportForm } from '@/features/problems/components/ReportForm'
import { StatsView } from '@/features/problems/components/StatsView'
import { problemsRepository } from '@/features/problems/problems-repository'
import { ProblemDetailStore } from '@/features/problems/stores/problem-detail-store'
import { ProblemStatsStore } from '@/features/problems/stores/problem-stats-store'
import { ReportFormStore } from '@/features/problems/stores/report-form-store'
import { Subscriptions } from '@/features/shared/subscribe'
import type { ProblemDetail, ProblemStats } from '@contract/api-problems'
import { strictConsole } from '../support/strict'

strictConsole()

function aProblem(overrides: Partial<ProblemDetail> = {}): ProblemDetail {
  return {
    id: 'p1', category: '设施维修', summary: '灯坏了', status: 'answered', source: 'app', where: '银杏公寓1幢', reportedAt: '2026-11-26T02:00:00.000Z',
    overdue: false, escalation: 0, handlerName: '张网格', description: '1单元楼道灯坏了', location: null, photos: [], reporterName: null, showNameToHandler: false,
    replyDueAt: '2026-11-27T02:00:00.000Z', solveDueAt: '2026-12-03T02:00:00.000Z', firstReplyAt: '2026-11-26T03:00:00.000Z', solvedAt: null, confirmedAt: null,
    autoConfirmed: false, rating: null, comment: null,
    events: [
      { kind: 'reported', at: '2026-11-26T02:00:00.000Z', actorName: '居民', text: null, photos: [] },
      { kind: 'replied', at: '2026-11-26T03:00:00.000Z', actorName: '张网格', text: '收到，明天来修', photos: [] },
    ],
    canReply: false, canResolve: false, canReassign: false, canConfirm: false, canRate: false, isReporter: false,
    ...overrides,
  }
}

async function detail(problem: ProblemDetail) {
  const api = new FakeApi().on('getProblem', () => problem)
  const store = new ProblemDetailStore(problemsRepository(api), new FakePlatform(), new Subscriptions(api, new FakePlatform()))
  await act(() => store.open('p1'))
  render(<ProblemDetailView store={store} />)
  return store
}

describe('ProblemDetailView', () => {
  it('shows the steps done, the timeline, and an anonymous reporter to a steward who may not act', async () => {
    await detail(aProblem())
    const steps = screen.getByRole('list', { name: '办理进度' })
    expect(steps.querySelectorAll('.tx-problem-step--done').length).toBe(2)
    expect(screen.getByText('反映人：居民（未公开姓名）')).toBeTruthy()
    expect(screen.getByText('收到，明天来修')).toBeTruthy()
    expect(screen.queryByRole('region', { name: '处理' })).toBeNull()
    expect(screen.queryByRole('region', { name: '确认' })).toBeNull()
  })

  it('gives the handler 更新进展 and 标记已解决; staff also 转派', async () => {
    await detail(aProblem({ canReply: true, canResolve: true, canReassign: true }))
    expect(screen.getByRole('region', { name: '处理' })).toBeTruthy()
    expect(screen.getByText('更新进展')).toBeTruthy()
    expect(screen.getByText('标记已解决')).toBeTruthy()
    expect(screen.getByText('转派给他人')).toBeTruthy()
  })

  it('asks the reporter to confirm with stars or reopen', async () => {
    const store = await detail(aProblem({ status: 'solved', canConfirm: true, isReporter: true }))
    expect(screen.getByText('问题解决了吗？')).toBeTruthy()
    expect(screen.getByText('反映人：我')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '4星' }))
    expect(store.rating).toBe(4)
    expect(screen.getByRole('radio', { name: '4星' }).getAttribute('aria-checked')).toBe('true')
  })
})

describe('ReportForm', () => {
  async function form(simple: boolean) {
    const api = new FakeApi().on('problemReportPlaces', () => ({ building: { id: 'b1', name: '银杏公寓1幢' }, buildings: [{ id: 'b1', name: '银杏公寓1幢' }] }))
    api.on('reportProblem', () => ({ problemId: 'p9' }))
    const store = new ReportFormStore(problemsRepository(api), new FakePlatform(), new Subscriptions(api, new FakePlatform()))
    await act(() => store.start('resident'))
    const onSent = jest.fn()
    render(<ReportForm store={store} simple={simple} onSent={onSent} onRegister={jest.fn()} />)
    return { api, store, onSent }
  }

  it('in care mode: three steps, no building, place or photos to decide', async () => {
    const { store, onSent, api } = await form(true)
    expect(screen.getByText('第一步：选一个问题类别')).toBeTruthy()
    expect(screen.queryByText('具体位置（可不填）')).toBeNull()
    expect(screen.queryByText('添加照片')).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: '环境卫生' }))
    act(() => store.set('description', '垃圾没人清'))
    await act(async () => fireEvent.click(screen.getByText('第三步：提交')))
    expect(onSent).toHaveBeenCalledWith('p9')
    expect(api.calls.find((c) => c.name === 'reportProblem')?.params).toMatchObject({ category: '环境卫生', buildingId: 'b1' })
  })

  it('in full: where, the place, photos and the name choice; errors in words after a submit', async () => {
    await form(false)
    expect(screen.getByText('具体位置（可不填）')).toBeTruthy()
    expect(screen.getByText('添加照片')).toBeTruthy()
    expect(screen.getByRole('switch', { name: '允许处理人看到我的姓名' }).getAttribute('aria-checked')).toBe('false')
    await act(async () => fireEvent.click(screen.getByText('提交问题')))
    expect(screen.getByText('请选择问题类别。')).toBeTruthy()
    expect(screen.getByText('请描述遇到的问题。')).toBeTruthy()
  })
})

describe('StatsView', () => {
  it('shows the figures and plain bars, widths in percent', async () => {
    const row = { total: 4, replied: 4, solved: 3, confirmed: 2, rated: 2, replyRate: 1, solveRate: 0.75, confirmedRate: 0.6667, medianFirstReplyHours: 3, medianSolveHours: 50, overdue: 1, satisfaction: 4.5 }
    const stats: ProblemStats = { ...row, scopeName: '杨家门社区', byMonth: [{ month: '2026-10', ...row }, { month: '2026-11', ...row, solveRate: 0.5 }], byPlace: [{ id: 'g1', name: '第1网格', ...row }] }
    const api = new FakeApi().on('problemStatScopes', () => ({ street: null, communities: [{ id: 'c1', name: '杨家门社区' }], grids: [] })).on('problemStats', () => stats)
    const store = new ProblemStatsStore(problemsRepository(api), () => new Date('2026-11-26T00:00:00Z'))
    await act(() => store.start())
    render(<StatsView store={store} />)
    expect(screen.getByRole('group', { name: '解决率 75%' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '居民确认率 66.7%' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '解决用时（中位数） 2.1天' })).toBeTruthy()
    const months = screen.getByRole('list', { name: '按月：解决率' })
    const meters = Array.from(months.querySelectorAll('[role="meter"]'))
    expect(meters.map((m) => m.getAttribute('aria-valuenow'))).toEqual(['75', '50'])
    expect(screen.getByRole('list', { name: '按网格：解决率' })).toBeTruthy()
  })
})
