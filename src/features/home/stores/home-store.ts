import { makeAutoObservable, runInAction } from 'mobx'
import type { HomeInfo } from '@contract/domain'
import { ApiError, type PlatformPort } from '@/adapters/ports'
import { pullDown } from '@/stores/pull-down'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { ContactKind, HomeRepository } from '../home-repository'

/** noHome: the person has not registered an address yet. */
export type HomeStatus = LoadStatus | 'noHome'

const NOT_FOUND = 101

/** The home screen's data: where the resident lives, their steward and micro-grid leader. */
export class HomeStore {
  home: HomeInfo | null = null
  status: HomeStatus = 'idle'
  error: string | null = null
  refreshing = false
  /** Who is being called: a contact through the server, or the community's public service phone. */
  calling: ContactKind | 'community' | null = null
  // Voided by reset(): an answer that arrives after sign-out belongs to the previous person.
  private readonly guard = new StaleGuard()
  private inflight: Promise<void> | null = null

  constructor(
    private readonly repo: HomeRepository,
    private readonly platform: PlatformPort,
  ) {
    makeAutoObservable<HomeStore, 'repo' | 'platform' | 'guard' | 'inflight'>(this, { repo: false, platform: false, guard: false, inflight: false })
  }

  /** The place line under the greeting: 梧桐街道 · 杨家门社区 · 某小区 3幢. */
  get addressLine(): string {
    const h = this.home
    if (!h) return ''
    return [h.community.name, h.compound.name, h.building.name + (h.building.room ? ` ${h.building.room}室` : '')].join(' · ')
  }

  /** Loads the home; calls made while one is under way share it. Shows loading only over an empty screen. */
  load(): Promise<void> {
    if (this.inflight) return this.inflight
    if (!this.home) this.status = 'loading'
    const current = this.guard.current()
    this.inflight = this.repo.myHome().then(
      (home) =>
        runInAction(() => {
          if (!current()) return
          this.home = home
          this.status = 'ready'
          this.error = null
        }),
      (err: unknown) =>
        runInAction(() => {
          if (current()) this.failed(err)
        }),
    )
    const done = this.inflight
    void done.finally(() => {
      if (this.inflight === done) this.inflight = null
    })
    return done
  }

  /** Pull-down refresh: keeps what is on screen while it reloads. */
  refresh(): Promise<void> {
    return pullDown(this, () => this.load())
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

  /** The community service station's phone: a public office number, dialled as it is. */
  async callCommunity(): Promise<void> {
    const phone = this.home?.community.servicePhone
    if (!phone || this.calling) return
    this.calling = 'community'
    try {
      await this.platform.makePhoneCall(phone)
    } catch {
      // A cancelled dial is not an error worth telling about.
    } finally {
      runInAction(() => {
        this.calling = null
      })
    }
  }

  /** Forgets everything of the signed-in person, including answers still on their way. */
  reset(): void {
    this.guard.invalidate()
    this.inflight = null
    this.home = null
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.calling = null
  }

  private failed(err: unknown): void {
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
