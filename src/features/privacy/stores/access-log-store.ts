import { makeAutoObservable, runInAction } from 'mobx'
import type { ProfileAccessRecord } from '../../../../types/domain'
import { isSessionExpired, userMessage } from '../../../adapters/ports'
import type { PrivacyRepository } from '../privacy-repository'

export type AccessLogStatus = 'idle' | 'loading' | 'ready' | 'error'

/** 谁查看过我的资料: every time staff or a steward opened my full profile. */
export class AccessLogStore {
  items: ProfileAccessRecord[] = []
  status: AccessLogStatus = 'idle'
  error: string | null = null
  refreshing = false
  private generation = 0

  constructor(
    private readonly repo: PrivacyRepository,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<AccessLogStore, 'repo' | 'onSessionExpired' | 'generation'>(this, {
      repo: false,
      onSessionExpired: false,
      generation: false,
    })
  }

  /** Newest first, whatever order the server sends. */
  get newestFirst(): ProfileAccessRecord[] {
    return [...this.items].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  }

  async load(): Promise<void> {
    const generation = this.generation
    if (this.status !== 'ready') this.status = 'loading'
    try {
      const items = await this.repo.accessLog()
      runInAction(() => {
        if (generation !== this.generation) return
        this.items = items
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (generation !== this.generation) return
        if (isSessionExpired(err)) return this.onSessionExpired()
        this.error = userMessage(err, '记录加载失败，请下拉刷新重试。')
        if (this.status !== 'ready') this.status = 'error'
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
