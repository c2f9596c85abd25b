import { makeAutoObservable, runInAction } from 'mobx'
import type { ProblemRule, ProblemStats } from '@contract/api-problems'
import { userMessage } from '@/adapters/ports'
import { APP_TIMEZONE, dayjs } from '@/domain/time'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { ProblemsRepository, StatScopes } from '../problems-repository'

/** The last six whole months and this one, in the street's time. */
export function defaultRange(now: Date): { from: string; to: string } {
  const today = dayjs(now).tz(APP_TIMEZONE)
  return { from: today.subtract(5, 'month').startOf('month').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') }
}

/** 问题统计: the rates for a period and a place (the street, a community, a grid), by month and by place. */
export class ProblemStatsStore {
  status: LoadStatus = 'idle'
  error: string | null = null
  stats: ProblemStats | null = null
  scopes: StatScopes = { street: null, communities: [], grids: [] }
  from: string
  to: string
  /** '' = the street (street staff) or the caller's community. */
  communityId = ''
  gridId = ''
  /** Solve days per category of the street; street staff change them. */
  rules: ProblemRule[] = []
  ruleError: string | null = null
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: ProblemsRepository,
    private readonly now: () => Date,
  ) {
    const range = defaultRange(now())
    this.from = range.from
    this.to = range.to
    makeAutoObservable<ProblemStatsStore, 'repo' | 'now' | 'guard'>(this, { repo: false, now: false, guard: false })
  }

  /** Places to choose from: the street first for street staff, then communities. */
  get placeOptions(): Array<{ id: string; name: string }> {
    const out = this.scopes.street ? [{ id: '', name: `${this.scopes.street.name}（全街道）` }] : []
    return [...out, ...this.scopes.communities]
  }

  get gridOptions(): Array<{ id: string; name: string }> {
    const community = this.communityId || (!this.scopes.street ? this.scopes.communities[0]?.id : '')
    if (!community) return []
    return [{ id: '', name: '全部网格' }, ...this.scopes.grids.filter((g) => g.communityId === community)]
  }

  async start(): Promise<void> {
    if (!this.scopes.communities.length) {
      try {
        const scopes = await this.repo.statScopes()
        runInAction(() => {
          this.scopes = scopes
          if (!scopes.street && scopes.communities[0]) this.communityId = scopes.communities[0].id
        })
      } catch (err) {
        runInAction(() => this.failed(err))
        return
      }
    }
    await this.load()
  }

  /** Street staff set the solve deadlines; community staff read them. */
  get canEditRules(): boolean {
    return this.scopes.street !== null
  }

  async loadRules(): Promise<void> {
    try {
      const rules = await this.repo.rules()
      runInAction(() => (this.rules = rules))
    } catch (err) {
      runInAction(() => (this.ruleError = userMessage(err, '办结时限加载失败。')))
    }
  }

  async saveRule(rule: ProblemRule): Promise<void> {
    this.ruleError = null
    try {
      const saved = await this.repo.setRule(rule)
      runInAction(() => (this.rules = this.rules.map((r) => (r.category === saved.category ? saved : r))))
    } catch (err) {
      runInAction(() => {
        this.ruleError = userMessage(err, '保存失败，请稍后再试。')
      })
    }
  }

  async load(): Promise<void> {
    const current = this.guard.next()
    if (!this.stats) this.status = 'loading'
    try {
      const stats = await this.repo.stats({
        from: this.from,
        to: this.to,
        ...(this.communityId ? { communityId: this.communityId } : {}),
        ...(this.gridId ? { gridId: this.gridId } : {}),
      })
      runInAction(() => {
        if (!current()) return
        this.stats = stats
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (current()) this.failed(err)
      })
    }
  }

  setRange(from: string, to: string): Promise<void> {
    this.from = from
    this.to = to
    return this.load()
  }

  setCommunity(id: string): Promise<void> {
    this.communityId = id
    this.gridId = ''
    return this.load()
  }

  setGrid(id: string): Promise<void> {
    this.gridId = id
    return this.load()
  }

  private failed(err: unknown): void {
    this.status = 'error'
    this.error = userMessage(err, '加载失败，请下拉刷新重试。')
  }

  reset(): void {
    this.guard.invalidate()
    this.status = 'idle'
    this.stats = null
    this.error = null
    this.scopes = { street: null, communities: [], grids: [] }
    this.communityId = ''
    this.gridId = ''
    this.rules = []
    this.ruleError = null
    const range = defaultRange(this.now())
    this.from = range.from
    this.to = range.to
  }
}
