import { makeAutoObservable, runInAction } from 'mobx'
import type { RegistrationView } from '@contract/domain'
import { userMessage, type StoragePort } from '@/adapters/ports'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { RegistrationRepository } from '../registration-repository'

export const DRAFT_KEY_PREFIX = 'tongxin.registrationDraft.'

export interface MyRegistrationDeps {
  userId: () => string | null
  hasHome: () => boolean
  /** The registration was approved while the app still thinks the person has no home. */
  onApproved: () => void
}

/**
 * The resident's own registration as the home page shows it: its status and reason. The form
 * (RegistrationStore) lives in the resident subpackage and shares this store, so the main
 * package carries neither the form nor its rules.
 */
export class MyRegistrationStore {
  mine: RegistrationView | null = null
  mineStatus: LoadStatus = 'idle'
  mineError: string | null = null
  // Voided by reset(): an answer that arrives after sign-out belongs to the previous person.
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: Pick<RegistrationRepository, 'mine'>,
    private readonly storage: StoragePort | null,
    private readonly deps: MyRegistrationDeps,
  ) {
    makeAutoObservable<MyRegistrationStore, 'repo' | 'storage' | 'deps' | 'guard'>(this, { repo: false, storage: false, deps: false, guard: false })
  }

  /** A registration still on its way: waiting for review, or rejected and to be corrected. */
  get awaiting(): RegistrationView | null {
    return this.mine && this.mine.status !== 'approved' ? this.mine : null
  }

  /** Where the signed-in person's form draft is kept on this phone. */
  draftKey(): string | null {
    const id = this.deps.userId()
    return id ? DRAFT_KEY_PREFIX + id : null
  }

  /** Loads my registration and its status; tells the app when it has been approved meanwhile. */
  async loadMine(): Promise<void> {
    const current = this.guard.current()
    if (!this.mine) this.mineStatus = 'loading'
    try {
      const mine = await this.repo.mine()
      runInAction(() => {
        if (!current()) return
        this.mine = mine
        this.mineStatus = 'ready'
        this.mineError = null
      })
      if (mine?.status === 'approved' && !this.deps.hasHome()) this.deps.onApproved()
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.mineError = userMessage(err, '登记状态加载失败，请下拉刷新重试。')
        this.mineStatus = this.mine ? 'ready' : 'error'
      })
    }
  }

  /** Removes the kept draft of the signed-in person (signing out, deleting the account). */
  forgetDraft(): void {
    const key = this.draftKey()
    if (key) this.storage?.remove(key)
  }

  /** Forgets the signed-in person's registration; a kept draft stays unless forgetDraft() ran first. */
  reset(): void {
    this.guard.invalidate()
    this.mine = null
    this.mineStatus = 'idle'
    this.mineError = null
  }
}
