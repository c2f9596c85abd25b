import { makeAutoObservable, runInAction } from 'mobx'
import type { GuideItem, PlaceRef } from '@contract/domain'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { Resource } from '@/stores/resource'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { GuideRepository } from '../guide-repository'

/** noCommunity: the person has no home yet, so no community's guide applies. */
export type GuideStatus = LoadStatus | 'noCommunity'

const NOT_FOUND = 101

export function byOrder(a: GuideItem, b: GuideItem): number {
  return a.order - b.order || a.title.localeCompare(b.title)
}

/** A new resident's checklist for their community, with their own ticks. */
export class GuideStore {
  readonly guide: Resource<{ community: PlaceRef; items: GuideItem[] }>
  /** Items whose tick is on its way to the server. */
  ticking = new Set<string>()
  // Voided by reset(): a refused tick after sign-out is not told to the next person.
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: GuideRepository,
    private readonly platform: PlatformPort,
  ) {
    this.guide = new Resource(() => repo.myGuide(), '指南加载失败，请下拉刷新重试。')
    makeAutoObservable<GuideStore, 'repo' | 'platform' | 'guard'>(this, { repo: false, platform: false, guard: false, guide: false })
  }

  get community(): PlaceRef | null {
    return this.guide.value?.community ?? null
  }

  get items(): GuideItem[] {
    return this.guide.value?.items ?? []
  }

  /** Like a load's status, but a person without a home (101) has no community's guide. */
  get status(): GuideStatus {
    const s = this.guide.status
    return s !== 'loading' && this.guide.errorCode === NOT_FOUND ? 'noCommunity' : s
  }

  get error(): string | null { return this.guide.error }
  get refreshing(): boolean { return this.guide.refreshing }

  get sorted(): GuideItem[] {
    return [...this.items].sort(byOrder)
  }

  get doneCount(): number {
    return this.items.filter((i) => i.done).length
  }

  load(): Promise<void> {
    return this.guide.load()
  }

  refresh(): Promise<void> {
    return this.guide.refresh()
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
    this.guide.reset()
    this.ticking.clear()
  }
}
