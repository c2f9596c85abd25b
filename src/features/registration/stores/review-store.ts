import { makeAutoObservable } from 'mobx'
import type { PlaceRef, RegistrationStatus, RegistrationSummary } from '@contract/domain'
import type { PlatformPort } from '@/adapters/ports'
import { PagedList } from '@/stores/paged-list'
import type { Loadable, LoadStatus } from '@/stores/status'
import type { RegistrationFilters, RegistrationRepository } from '../registration-repository'
import { OpenedRegistrationStore } from './opened-registration-store'
import { PlacePicker } from './place-picker'

export type StatusFilter = RegistrationStatus | 'all'
export type QueueStatus = LoadStatus

/** Where the signed-in staff member works: their communities, and whether they are street staff. */
export interface StaffScope {
  communities: PlaceRef[]
  street: boolean
}

/** Staff's review queue (summaries, phones masked): filters by community, compound, status and date. */
export class ReviewStore implements Loadable {
  statusFilter: StatusFilter = 'pending'
  from = ''
  to = ''
  /** The queue's pages, for the current filters. */
  readonly queue: PagedList<RegistrationSummary>
  /** Community and compound to filter by. */
  readonly places: PlacePicker
  /** The registration opened from the queue (or a link), in full. */
  readonly opened: OpenedRegistrationStore

  constructor(
    repo: RegistrationRepository,
    platform: PlatformPort,
    now: () => Date = () => new Date(),
    private readonly scope: () => StaffScope = () => ({ communities: [], street: false }),
  ) {
    this.places = new PlacePicker(repo)
    this.queue = new PagedList((cursor) => repo.list(this.filters, cursor), '登记列表加载失败，请下拉刷新重试。', '加载更多失败，请稍后再试。')
    this.opened = new OpenedRegistrationStore(repo, platform, { now, onReviewed: (id, status) => this.markReviewed(id, status) })
    makeAutoObservable<ReviewStore, 'scope'>(this, { queue: false, places: false, opened: false, scope: false })
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

  get items(): RegistrationSummary[] { return this.queue.items }
  get nextCursor(): string | null { return this.queue.nextCursor }
  get status(): QueueStatus { return this.queue.status }
  get error(): string | null { return this.queue.error }
  get refreshing(): boolean { return this.queue.refreshing }
  get loadingMore(): boolean { return this.queue.loadingMore }

  /** The first page for the current filters. */
  load(): Promise<void> {
    return this.queue.load()
  }

  refresh(): Promise<void> {
    return this.queue.refresh()
  }

  loadMore(): Promise<void> {
    return this.queue.loadMore()
  }

  reset(): void {
    this.queue.reset()
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
    this.queue.update(id, (r) => ({ ...r, status }))
  }
}
