import { makeAutoObservable, runInAction } from 'mobx'
import type { HomeInfo } from '../../../../types/domain'
import { ApiError, type PlatformPort } from '../../../adapters/ports'
import type { ContactKind, HomeRepository } from '../home-repository'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'noHome' | 'error'

const NOT_FOUND = 101

/** The home screen's data: where the resident lives, their steward and micro-grid leader. */
export class HomeStore {
  home: HomeInfo | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  refreshing = false
  calling: ContactKind | null = null

  constructor(
    private readonly repo: HomeRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<HomeStore, 'repo' | 'platform' | 'onSessionExpired'>(this, {
      repo: false,
      platform: false,
      onSessionExpired: false,
    })
  }

  /** The place line under the greeting: 梧桐街道 · 杨家门社区 · 某小区 3幢. */
  get addressLine(): string {
    const h = this.home
    if (!h) return ''
    return [h.community.name, h.compound.name, h.building.name + (h.building.room ? ` ${h.building.room}室` : '')].join(' · ')
  }

  /** Loads once; shows the loading state only when there is nothing on screen yet. */
  async load(): Promise<void> {
    if (this.status === 'loading') return
    if (!this.home) this.status = 'loading'
    try {
      const home = await this.repo.myHome()
      runInAction(() => {
        this.home = home
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => this.failed(err))
    }
  }

  /** Pull-down refresh: keeps what is on screen while it reloads. */
  async refresh(): Promise<void> {
    this.refreshing = true
    try {
      await this.load()
    } finally {
      runInAction(() => {
        this.refreshing = false
      })
    }
  }

  async call(kind: ContactKind): Promise<void> {
    if (this.calling) return
    this.calling = kind
    try {
      const phone = await this.repo.contactPhone(kind)
      await this.platform.makePhoneCall(phone)
    } catch (err) {
      // A cancelled dial is not an error worth telling about.
      if (err instanceof ApiError) this.platform.toast(err.message, 'error')
    } finally {
      runInAction(() => {
        this.calling = null
      })
    }
  }

  reset(): void {
    this.home = null
    this.status = 'idle'
    this.error = null
  }

  private failed(err: unknown): void {
    if (err instanceof ApiError && err.code === 209) {
      this.reset()
      this.onSessionExpired()
      return
    }
    if (err instanceof ApiError && err.code === NOT_FOUND) {
      this.home = null
      this.status = 'noHome'
      this.error = err.message
      return
    }
    this.error = err instanceof ApiError ? err.message : '加载失败，请下拉刷新重试。'
    // Keep showing what we had when a refresh fails; only an empty screen becomes an error.
    this.status = this.home ? 'ready' : 'error'
  }
}
