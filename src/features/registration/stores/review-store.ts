import { makeAutoObservable, runInAction } from 'mobx'
import type { PlaceRef, RegistrationStatus, RegistrationSummary } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import type { RegistrationFilters, RegistrationRepository } from '../registration-repository'
import { OpenedRegistrationStore } from './opened-registration-store'
import { PlacePicker } from './place-picker'

export type StatusFilter = RegistrationStatus | 'all'
export type QueueStatus = 'idle' | 'loading' | 'ready' | 'error'

/** Where the signed-in staff member works: their communities, and whether they are street staff. */
export interface StaffScope {
  communities: PlaceRef[]
  street: boolean
}

/** Staff's review queue (summaries, phones masked): filters by community, compound, status and date. */
export class ReviewStore {
  statusFilter: StatusFilter = 'pending'
  from = ''
  to = ''
  items: RegistrationSummary[] = []
  nextCursor: string | null = null
  status: QueueStatus = 'idle'
  error: string | null = null
  refreshing = false
  loadingMore = false
  /** Community and compound to filter by. */
  readonly places: PlacePicker
  /** The registration opened from the queue (or a link), in full. */
  readonly opened: OpenedRegistrationStore
  private generation = 0

  constructor(
    private readonly repo: RegistrationRepository,
    platform: PlatformPort,
    private readonly onSessionExpired: () => void,
    now: () => Date = () => new Date(),
    private readonly scope: () => StaffScope = () => ({ communities: [], street: false }),
  ) {
    this.places = new PlacePicker(repo, onSessionExpired)
    this.opened = new OpenedRegistrationStore(repo, platform, { onSessionExpired, now, onReviewed: (id, status) => this.markReviewed(id, status) })
    makeAutoObservable<ReviewStore, 'repo' | 'onSessionExpired' | 'scope' | 'generation'>(this, {
      places: false,
      opened: false,
      repo: false,
      onSessionExpired: false,
      scope: false,
      generation: false,
    })
  }

  /**
   * The one community a community staff member works for: the filters fix it rather than offer
   * a picker. Null for street staff and for staff of several communities, who choose.
   */
  get ownCommunity(): PlaceRef | null {
    const { communities, street } = this.scope()
    return !street && communities.length === 1 ? (communities[0] ?? null) : null
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
  get visible(): RegistrationSummary[] {
    return this.statusFilter === 'all' ? this.items : this.items.filter((r) => r.status === this.statusFilter)
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

  /**
   * Opens the queue: the communities to filter by (a community staff member's own, chosen for
   * them when there is one; every community for street staff), and the first page.
   */
  openQueue(): Promise<void> {
    const { communities, street } = this.scope()
    if (street || communities.length === 0) {
      void this.places.loadCommunities()
    } else {
      this.places.offerCommunities(communities)
      const own = this.ownCommunity
      if (own && this.places.community?.id !== own.id) this.places.pickCommunity(own.id)
    }
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

  reset(): void {
    this.generation++
    this.items = []
    this.nextCursor = null
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.loadingMore = false
    this.statusFilter = 'pending'
    this.from = ''
    this.to = ''
    this.places.reset()
    // The next person may work elsewhere: their communities are offered afresh.
    this.places.offerCommunities([])
    this.opened.reset()
  }

  /** A decision made on the opened registration: its row follows, and leaves the 待审核 list. */
  private markReviewed(id: string, status: RegistrationStatus): void {
    const item = this.items.find((r) => r.id === id)
    if (item) item.status = status
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
