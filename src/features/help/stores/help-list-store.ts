import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpRequestSummary } from '../../../../types/api-help'
import { isSessionExpired, userMessage } from '../../../adapters/ports'
import type { ListStatus } from '../../../stores/paged-list'

/** A list of help requests (我的求助, the steward's inbox, escalated ones): live first, as the server orders them. */
export class HelpListStore {
  items: HelpRequestSummary[] = []
  status: ListStatus = 'idle'
  error: string | null = null
  refreshing = false
  private generation = 0

  constructor(
    private readonly fetch: () => Promise<HelpRequestSummary[]>,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<HelpListStore, 'fetch' | 'onSessionExpired' | 'generation'>(this, { fetch: false, onSessionExpired: false, generation: false })
  }

  /** Requests still waiting for someone to accept them. */
  get waiting(): number {
    return this.items.filter((i) => i.status === 'open').length
  }

  async load(): Promise<void> {
    const generation = ++this.generation
    if (!this.items.length) this.status = 'loading'
    try {
      const items = await this.fetch()
      runInAction(() => {
        if (generation !== this.generation) return
        this.items = items
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      if (isSessionExpired(err)) {
        this.reset()
        this.onSessionExpired()
        return
      }
      runInAction(() => {
        if (generation !== this.generation) return
        this.error = userMessage(err, '加载失败，请下拉刷新重试。')
        this.status = this.items.length ? 'ready' : 'error'
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

  reset(): void {
    this.generation++
    this.items = []
    this.status = 'idle'
    this.error = null
    this.refreshing = false
  }
}
