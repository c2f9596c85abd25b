import { makeAutoObservable, runInAction } from 'mobx'
import type { HomeInfo } from '@contract/domain'
import { ApiError, userMessage, type PlatformPort } from '@/adapters/ports'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { FamilyRepository, SeniorContactKind } from '../family-repository'

/** Acting for a linked senior: their home and their steward, every call carrying forUserId. */
export class ActForStore {
  seniorId: string | null = null
  seniorName = ''
  home: HomeInfo | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  calling: SeniorContactKind | null = null
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: FamilyRepository,
    private readonly platform: PlatformPort,
  ) {
    makeAutoObservable<ActForStore, 'repo' | 'platform' | 'guard'>(this, { repo: false, platform: false, guard: false })
  }

  /** Opens the senior's home as their family member. */
  async open(seniorId: string, seniorName: string): Promise<void> {
    const current = this.guard.next()
    if (seniorId !== this.seniorId) this.home = null
    this.seniorId = seniorId
    this.seniorName = seniorName
    this.status = 'loading'
    this.error = null
    try {
      const home = await this.repo.seniorHome(seniorId)
      runInAction(() => {
        if (!current()) return
        this.home = home
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.error =
          err instanceof ApiError && err.code === 101 ? '长辈还没有登记住址。' : userMessage(err, '长辈的住址加载失败，请稍后再试。')
        this.status = 'error'
      })
    }
  }

  /** Calls the senior's steward or micro-grid leader on their behalf. */
  async call(kind: SeniorContactKind): Promise<void> {
    const seniorId = this.seniorId
    if (!seniorId || this.calling) return
    const current = this.guard.current()
    this.calling = kind
    try {
      const phone = await this.repo.seniorContactPhone(seniorId, kind)
      await this.platform.makePhoneCall(phone)
    } catch (err) {
      // A cancelled dial is not an error worth telling about; nor is anything after sign-out.
      if (current() && err instanceof ApiError) this.platform.toast(err.message, 'error')
    } finally {
      runInAction(() => (this.calling = null))
    }
  }

  reset(): void {
    this.guard.invalidate()
    this.seniorId = null
    this.seniorName = ''
    this.home = null
    this.status = 'idle'
    this.error = null
    this.calling = null
  }
}
