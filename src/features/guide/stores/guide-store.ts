import { makeAutoObservable, runInAction } from 'mobx'
import type { GuideItem, PlaceRef } from '../../../../types/domain'
import { ApiError, isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import type { GuideRepository } from '../guide-repository'

/** noCommunity: the person has no home yet, so no community's guide applies. */
export type GuideStatus = 'idle' | 'loading' | 'ready' | 'noCommunity' | 'error'

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
  private generation = 0

  constructor(
    private readonly repo: GuideRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<GuideStore, 'repo' | 'platform' | 'onSessionExpired' | 'generation'>(this, {
      repo: false,
      platform: false,
      onSessionExpired: false,
      generation: false,
    })
  }

  get sorted(): GuideItem[] {
    return [...this.items].sort(byOrder)
  }

  get doneCount(): number {
    return this.items.filter((i) => i.done).length
  }

  async load(): Promise<void> {
    const generation = this.generation
    if (this.items.length === 0) this.status = 'loading'
    try {
      const guide = await this.repo.myGuide()
      runInAction(() => {
        if (generation !== this.generation) return
        this.community = guide.community
        this.items = guide.items
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (generation !== this.generation) return
        if (isSessionExpired(err)) return this.onSessionExpired()
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
    this.ticking.add(itemId)
    try {
      const saved = await this.repo.tick(itemId, done)
      runInAction(() => (item.done = saved))
    } catch (err) {
      runInAction(() => (item.done = !done))
      if (isSessionExpired(err)) this.onSessionExpired()
      else this.platform.toast(userMessage(err, '没有保存上，请稍后再试。'), 'none')
    } finally {
      runInAction(() => this.ticking.delete(itemId))
    }
  }

  reset(): void {
    this.generation++
    this.community = null
    this.items = []
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.ticking.clear()
  }
}
