import { makeAutoObservable, runInAction } from 'mobx'
import type { GuideItem, PlaceRef } from '../../../../types/domain'
import { ApiError, userMessage, type PlatformPort } from '../../../adapters/ports'
import { StaleGuard } from '../../../stores/stale-guard'
import type { LoadStatus } from '../../../stores/status'
import type { GuideRepository } from '../guide-repository'

/** noCommunity: the person has no home yet, so no community's guide applies. */
export type GuideStatus = LoadStatus | 'noCommunity'

const NOT_FOUND = 101

export function byOrder(a: GuideItem, b: GuideItem): number {
  return a.order - b.order || a.title.localeCompare(b.title)
}

/** A new resident's checklist for their community, with their own ticks. */
export class GuideStore {
  community: PlaceRef | null = null
  items: GuideItem[] = []
  status: GuideStatus = 'idle'
  error: string | null = null
  refreshing = false
  /** Items whose tick is on its way to the server. */
  ticking = new Set<string>()
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: GuideRepository,
    private readonly platform: PlatformPort,
  ) {
    makeAutoObservable<GuideStore, 'repo' | 'platform' | 'guard'>(this, {
      repo: false,
      platform: false,
      guard: false,
    })
  }

  get sorted(): GuideItem[] {
    return [...this.items].sort(byOrder)
  }

  get doneCount(): number {
    return this.items.filter((i) => i.done).length
  }

  async load(): Promise<void> {
    const current = this.guard.current()
    if (this.items.length === 0) this.status = 'loading'
    try {
      const guide = await this.repo.myGuide()
      runInAction(() => {
        if (!current()) return
        this.community = guide.community
        this.items = guide.items
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.error = userMessage(err, '指南加载失败，请下拉刷新重试。')
        if (err instanceof ApiError && err.code === NOT_FOUND) this.status = 'noCommunity'
        else this.status = this.items.length > 0 ? 'ready' : 'error'
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

  /** Ticks or unticks at once; puts it back and says so when the server refuses. */
  async toggle(itemId: string): Promise<void> {
    const item = this.items.find((i) => i.id === itemId)
    if (!item || this.ticking.has(itemId)) return
    const done = !item.done
    item.done = done
    const current = this.guard.current()
    this.ticking.add(itemId)
    try {
      const saved = await this.repo.tick(itemId, done)
      runInAction(() => (item.done = saved))
    } catch (err) {
      runInAction(() => (item.done = !done))
      // After a sign-out (a lapsed session) there is nobody to tell.
      if (current()) this.platform.toast(userMessage(err, '没有保存上，请稍后再试。'), 'none')
    } finally {
      runInAction(() => this.ticking.delete(itemId))
    }
  }

  reset(): void {
    this.guard.invalidate()
    this.community = null
    this.items = []
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.ticking.clear()
  }
}
