import { makeAutoObservable, runInAction } from 'mobx'
import type { RegistrationView } from '@contract/domain'
import { userMessage, type PlatformPort, type StoragePort } from '@/adapters/ports'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { RegistrationRepository } from '../registration-repository'
import { MyRegistrationStore } from './my-registration-store'
import { RegistrationForm } from './registration-form'

export { DRAFT_KEY_PREFIX } from './my-registration-store'

/**
 * What the registration page shows: the form, or why not (privacy refused, a registration
 * already waiting, a home already bound).
 */
export type FormPhase = 'idle' | 'opening' | 'privacyDenied' | 'pending' | 'registered' | 'editing' | 'error'

export interface RegistrationDeps {
  userId: () => string | null
  hasHome: () => boolean
  now?: () => Date
  /** The registration was approved while the app still thinks the person has no home. */
  onApproved: () => void
}

/** A resident's registration: the form, submitting it, its status and reason, correcting it. */
export class RegistrationStore {
  /** My registration's status, shared with the home page's store when the root hands it in. */
  readonly my: MyRegistrationStore
  phase: FormPhase = 'idle'
  phaseError: string | null = null
  submitting = false
  submitError: string | null = null
  fetchingPhone = false
  readonly form: RegistrationForm
  // Which person the form was opened for: another person signing in on this phone starts afresh.
  private formOwner: string | null = null
  // Voided by reset(): an answer that arrives after sign-out belongs to the previous person.
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: RegistrationRepository,
    storage: StoragePort,
    private readonly platform: PlatformPort,
    private readonly deps: RegistrationDeps,
    my?: MyRegistrationStore,
  ) {
    this.my = my ?? new MyRegistrationStore(repo, storage, deps)
    const own = this.my
    this.form = new RegistrationForm(repo, { storage, draftKey: () => own.draftKey(), now: deps.now ?? (() => new Date()) })
    makeAutoObservable<RegistrationStore, 'repo' | 'platform' | 'deps' | 'formOwner' | 'guard'>(this, {
      my: false,
      form: false,
      repo: false,
      platform: false,
      deps: false,
      formOwner: false,
      guard: false,
    })
  }

  get mine(): RegistrationView | null {
    return this.my.mine
  }

  get mineStatus(): LoadStatus {
    return this.my.mineStatus
  }

  get mineError(): string | null {
    return this.my.mineError
  }

  /** A registration still on its way: waiting for review, or rejected and to be corrected. */
  get awaiting(): RegistrationView | null {
    return this.my.awaiting
  }

  /** Loads my registration and its status; tells the app when it has been approved meanwhile. */
  loadMine(): Promise<void> {
    return this.my.loadMine()
  }

  /**
   * Opens the form: the privacy authorisation first (nothing personal is collected before it),
   * then my current registration, then the kept draft or the rejected registration to correct.
   */
  async openForm(): Promise<void> {
    this.phase = 'opening'
    this.phaseError = null
    try {
      await this.platform.requirePrivacyAuthorize()
    } catch {
      runInAction(() => (this.phase = 'privacyDenied'))
      return
    }
    await this.loadMine()
    runInAction(() => {
      if (this.mineStatus === 'error') {
        this.phase = 'error'
        this.phaseError = this.mineError
        return
      }
      if (this.mine?.status === 'pending') return void (this.phase = 'pending')
      if (this.deps.hasHome()) return void (this.phase = 'registered')
      const owner = this.deps.userId()
      if (owner !== this.formOwner) this.form.reset()
      this.formOwner = owner
      if (this.form.isEmpty && !this.form.restoreDraft() && this.mine?.status === 'rejected') this.form.fill(this.mine)
      void this.form.places.loadCommunities()
      this.phase = 'editing'
    })
  }

  /** Fills the phone from WeChat's getPhoneNumber button; no code means the person declined. */
  async fillPhoneFromWechat(code: string | undefined): Promise<void> {
    if (!code || this.fetchingPhone) return
    const current = this.guard.current()
    this.fetchingPhone = true
    try {
      const phone = await this.repo.wechatPhone(code)
      runInAction(() => this.form.setText('phone', phone))
    } catch (err) {
      // Signed out meanwhile (a lapsed session): the sign-in page says why; no toast here.
      if (current()) this.platform.toast(userMessage(err, '没有取到手机号，请直接填写。'), 'none')
    } finally {
      runInAction(() => (this.fetchingPhone = false))
    }
  }

  /** Checks with the shared rules, submits, and on success forgets the draft. */
  async submit(): Promise<boolean> {
    if (this.submitting) return false
    const checked = this.form.validateAll()
    if (!checked.ok) {
      this.submitError = checked.first
      return false
    }
    const current = this.guard.current()
    this.submitting = true
    this.submitError = null
    try {
      await this.repo.submit(checked.value)
      runInAction(() => {
        this.form.forgetDraft()
        this.form.reset()
        this.phase = 'pending'
      })
      await this.loadMine()
      return true
    } catch (err) {
      runInAction(() => {
        // The draft stays: nothing typed is lost to a failed submit (nor to a lapsed session).
        if (current()) this.submitError = userMessage(err, '提交失败，请稍后再试。')
      })
      return false
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  /** Removes the kept draft of the signed-in person (signing out, deleting the account). */
  forgetDraft(): void {
    this.form.forgetDraft()
  }

  /** Forgets everything of the signed-in person; a kept draft stays unless forgetDraft() ran first. */
  reset(): void {
    this.guard.invalidate()
    this.my.reset()
    this.phase = 'idle'
    this.phaseError = null
    this.submitting = false
    this.submitError = null
    this.fetchingPhone = false
    this.formOwner = null
    this.form.reset()
  }
}
