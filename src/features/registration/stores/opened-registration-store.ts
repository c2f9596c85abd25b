import { makeAutoObservable, runInAction } from 'mobx'
import type { RegistrationStatus, RegistrationView } from '@contract/domain'
import { ApiError, userMessage, type PlatformPort } from '@/adapters/ports'
import { validateReviewReason } from '@/domain/registration'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { RegistrationRepository } from '../registration-repository'

/** notFound: no such registration; refused: the server says it is not this staff member's to see. */
export type OpenStatus = LoadStatus | 'notFound' | 'refused'

const NOT_FOUND = 101
const FORBIDDEN = 119

export interface OpenedRegistrationDeps {
  /** A decision was made: the queue updates its row. */
  onReviewed: (id: string, status: RegistrationStatus) => void
  now: () => Date
}

/**
 * One registration opened by staff, in full, loaded by its id (so a reload or a shared link
 * works): approve it, or reject it with a reason; from an approved one, open the resident's
 * profile. The server logs every opening for the registrant to see.
 */
export class OpenedRegistrationStore {
  registration: RegistrationView | null = null
  status: OpenStatus = 'idle'
  error: string | null = null
  reason = ''
  reasonError: string | null = null
  acting: 'approve' | 'reject' | null = null
  actionError: string | null = null
  /** The profile an approved registration made, once staff open it. */
  profile: RegistrationView | null = null
  profileLoading = false
  profileError: string | null = null
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: RegistrationRepository,
    private readonly platform: PlatformPort,
    private readonly deps: OpenedRegistrationDeps,
  ) {
    makeAutoObservable<OpenedRegistrationStore, 'repo' | 'platform' | 'deps' | 'guard'>(this, { repo: false, platform: false, deps: false, guard: false })
  }

  /** Opens a registration by id through the server (each opening is logged there). */
  async open(id: string): Promise<void> {
    const current = this.clear()
    this.status = 'loading'
    try {
      const registration = await this.repo.open(id)
      runInAction(() => {
        if (!current()) return
        this.registration = registration
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        const code = err instanceof ApiError ? err.code : null
        this.status = code === NOT_FOUND ? 'notFound' : code === FORBIDDEN ? 'refused' : 'error'
        this.error = userMessage(err, '登记加载失败，请稍后再试。')
      })
    }
  }

  setReason(value: string): void {
    this.reason = value
    if (this.reasonError) this.reasonError = validateReviewReason(false, value)
  }

  approve(): Promise<boolean> {
    return this.review(true)
  }

  /** Rejecting needs a reason the resident can act on (the shared rule). */
  reject(): Promise<boolean> {
    this.reasonError = validateReviewReason(false, this.reason)
    if (this.reasonError) return Promise.resolve(false)
    return this.review(false)
  }

  /** Opens the full profile an approved registration made (logged by the server as well). */
  async openProfile(): Promise<void> {
    const residentId = this.registration?.residentId
    if (!residentId || this.profileLoading) return
    const current = this.guard.current()
    this.profileLoading = true
    this.profileError = null
    try {
      const profile = await this.repo.profile(residentId)
      runInAction(() => {
        if (current()) this.profile = profile
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.profileError = userMessage(err, '居民档案加载失败，请稍后再试。')
      })
    } finally {
      runInAction(() => {
        if (current()) this.profileLoading = false
      })
    }
  }

  reset(): void {
    this.clear()
    this.status = 'idle'
  }

  /** Forgets the opened registration; answers to earlier requests are dropped. */
  private clear(): () => boolean {
    this.registration = null
    this.error = null
    this.reason = ''
    this.reasonError = null
    this.acting = null
    this.actionError = null
    this.profile = null
    this.profileLoading = false
    this.profileError = null
    return this.guard.next()
  }

  private async review(approve: boolean): Promise<boolean> {
    const target = this.registration
    if (!target || this.acting || target.status !== 'pending') return false
    const current = this.guard.current()
    this.acting = approve ? 'approve' : 'reject'
    this.actionError = null
    const reason = approve ? undefined : this.reason.trim()
    try {
      const status = await this.repo.review(target.id, approve, reason)
      runInAction(() => {
        if (this.registration?.id === target.id)
          this.registration = { ...this.registration, status, reason: reason ?? null, reviewedAt: this.deps.now().toISOString() }
        this.reason = ''
      })
      this.deps.onReviewed(target.id, status)
      this.platform.toast(approve ? '已通过' : '已驳回', 'success')
      return true
    } catch (err) {
      runInAction(() => {
        // Signed out meanwhile (a lapsed session): nothing of this registration is shown any more.
        if (current()) this.actionError = userMessage(err, '操作失败，请稍后再试。')
      })
      return false
    } finally {
      runInAction(() => (this.acting = null))
    }
  }
}
