import { makeAutoObservable, runInAction } from 'mobx'
import type { RegistrationStatus, RegistrationView } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { validateReviewReason } from '../../../domain/registration'
import type { RegistrationFilters, RegistrationRepository } from '../registration-repository'
import { PlacePicker } from './place-picker'

export type StatusFilter = RegistrationStatus | 'all'
export type QueueStatus = 'idle' | 'loading' | 'ready' | 'error'

/** Staff's review queue: filters by compound, status and date; open one, approve, or reject with a reason. */
export class ReviewStore {
  statusFilter: StatusFilter = 'pending'
  from = ''
  to = ''
  items: RegistrationView[] = []
  nextCursor: string | null = null
  status: QueueStatus = 'idle'
  error: string | null = null
  refreshing = false
  loadingMore = false
  selectedId: string | null = null
  /** The registration asked for could not be found (an old link, or another community's). */
  notFound = false
  reason = ''
  reasonError: string | null = null
  acting: 'approve' | 'reject' | null = null
  actionError: string | null = null
  /** Community and compound to filter by. */
  readonly places: PlacePicker
  private generation = 0

  constructor(
    private readonly repo: RegistrationRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.places = new PlacePicker(repo, onSessionExpired)
    makeAutoObservable<ReviewStore, 'repo' | 'platform' | 'onSessionExpired' | 'now' | 'generation'>(this, {
      places: false,
      repo: false,
      platform: false,
      onSessionExpired: false,
      now: false,
      generation: false,
    })
  }

  get filters(): RegistrationFilters {
    const f: RegistrationFilters = {}
    if (this.statusFilter !== 'all') f.status = this.statusFilter
    if (this.places.compound) f.compoundId = this.places.compound.id
    if (this.from) f.from = this.from
    if (this.to) f.to = this.to
    return f
  }

  /** The queue as filtered: a registration just reviewed leaves the 待审核 list at once. */
  get visible(): RegistrationView[] {
    return this.statusFilter === 'all' ? this.items : this.items.filter((r) => r.status === this.statusFilter)
  }

  get selected(): RegistrationView | null {
    return this.items.find((r) => r.id === this.selectedId) ?? null
  }

  setStatusFilter(value: StatusFilter): void {
    if (value === this.statusFilter) return
    this.statusFilter = value
    void this.load()
  }

  setDates(from: string, to: string): void {
    this.from = from
    this.to = to
    void this.load()
  }

  pickCommunity(id: string): void {
    this.places.pickCommunity(id)
    void this.load()
  }

  pickCompound(id: string | null): void {
    if (id) this.places.pickCompound(id)
    else this.places.clearCompound()
    void this.load()
  }

  /** Opens the queue: the communities to filter by, and the first page. */
  openQueue(): Promise<void> {
    void this.places.loadCommunities()
    return this.load()
  }

  /** The first page for the current filters. */
  async load(): Promise<void> {
    const generation = ++this.generation
    if (this.items.length === 0) this.status = 'loading'
    try {
      const page = await this.repo.list(this.filters, null)
      runInAction(() => {
        if (generation !== this.generation) return
        this.items = page.items
        this.nextCursor = page.nextCursor
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (generation === this.generation) this.failed(err, '登记列表加载失败，请下拉刷新重试。')
      })
    }
  }

  async refresh(): Promise<void> {
    this.refreshing = true
    try {
      await this.load()
    } finally {
      runInAction(() => (this.refreshing = false))
    }
  }

  async loadMore(): Promise<void> {
    const cursor = this.nextCursor
    if (!cursor || this.loadingMore || this.status !== 'ready') return
    const generation = this.generation
    this.loadingMore = true
    try {
      const page = await this.repo.list(this.filters, cursor)
      runInAction(() => {
        if (generation !== this.generation) return
        const known = new Set(this.items.map((r) => r.id))
        this.items.push(...page.items.filter((r) => !known.has(r.id)))
        this.nextCursor = page.nextCursor
      })
    } catch (err) {
      runInAction(() => {
        if (generation === this.generation) this.failed(err, '加载更多失败，请稍后再试。')
      })
    } finally {
      runInAction(() => (this.loadingMore = false))
    }
  }

  /**
   * Opens one registration. There is no call for a single registration, so one not in the
   * list (a page opened afresh on H5) is looked for in a reload of the queue.
   */
  async open(id: string): Promise<void> {
    this.selectedId = id
    this.notFound = false
    this.reason = ''
    this.reasonError = null
    this.actionError = null
    if (this.selected) return
    // Any status: the link may be to one already reviewed.
    this.statusFilter = 'all'
    await this.load()
    runInAction(() => (this.notFound = this.status === 'ready' && !this.selected))
  }

  setReason(value: string): void {
    this.reason = value
    if (this.reasonError) this.reasonError = validateReviewReason(false, value)
  }

  approve(): Promise<boolean> {
    return this.review(true)
  }

  /** Rejecting needs a reason the resident can act on (the shared rule). */
  reject(): Promise<boolean> {
    this.reasonError = validateReviewReason(false, this.reason)
    if (this.reasonError) return Promise.resolve(false)
    return this.review(false)
  }

  reset(): void {
    this.generation++
    this.items = []
    this.nextCursor = null
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.loadingMore = false
    this.selectedId = null
    this.notFound = false
    this.reason = ''
    this.reasonError = null
    this.acting = null
    this.actionError = null
    this.statusFilter = 'pending'
    this.from = ''
    this.to = ''
    this.places.reset()
  }

  private async review(approve: boolean): Promise<boolean> {
    const target = this.selected
    if (!target || this.acting || target.status !== 'pending') return false
    this.acting = approve ? 'approve' : 'reject'
    this.actionError = null
    const reason = approve ? undefined : this.reason.trim()
    try {
      const status = await this.repo.review(target.id, approve, reason)
      runInAction(() => {
        const item = this.items.find((r) => r.id === target.id)
        if (item) Object.assign(item, { status, reason: reason ?? null, reviewedAt: this.now().toISOString() })
        this.reason = ''
      })
      this.platform.toast(approve ? '已通过' : '已驳回', 'success')
      return true
    } catch (err) {
      runInAction(() => {
        if (isSessionExpired(err)) return this.onSessionExpired()
        this.actionError = userMessage(err, '操作失败，请稍后再试。')
      })
      return false
    } finally {
      runInAction(() => (this.acting = null))
    }
  }

  private failed(err: unknown, fallback: string): void {
    if (isSessionExpired(err)) {
      this.reset()
      this.onSessionExpired()
      return
    }
    this.error = userMessage(err, fallback)
    this.status = this.items.length > 0 ? 'ready' : 'error'
  }
}
