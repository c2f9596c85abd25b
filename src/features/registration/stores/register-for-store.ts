import { makeAutoObservable, runInAction } from 'mobx'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import type { RegistrationRepository } from '../registration-repository'
import { RegistrationForm } from './registration-form'

/**
 * Staff registering a resident in person (a senior without a smartphone). The same form and
 * rules as the resident's own, but no draft is kept: it is someone else's personal information
 * on a staff member's phone.
 */
export class RegisterForStore {
  readonly form: RegistrationForm
  submitting = false
  error: string | null = null
  /** The name of the last person registered, for the confirmation line. */
  lastRegistered: string | null = null

  constructor(
    private readonly repo: RegistrationRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
    now: () => Date = () => new Date(),
  ) {
    this.form = new RegistrationForm(repo, { storage: null, draftKey: () => null, now, onSessionExpired })
    makeAutoObservable<RegisterForStore, 'repo' | 'platform' | 'onSessionExpired'>(this, {
      form: false,
      repo: false,
      platform: false,
      onSessionExpired: false,
    })
  }

  open(): void {
    this.error = null
    void this.form.places.loadCommunities()
  }

  async submit(): Promise<boolean> {
    if (this.submitting) return false
    const checked = this.form.validateAll()
    if (!checked.ok) {
      this.error = checked.first
      return false
    }
    this.submitting = true
    this.error = null
    try {
      await this.repo.registerOnBehalf(checked.value)
      runInAction(() => {
        this.lastRegistered = checked.value.name
        this.form.reset()
        void this.form.places.loadCommunities()
      })
      this.platform.toast('已完成登记', 'success')
      return true
    } catch (err) {
      runInAction(() => {
        if (isSessionExpired(err)) return this.onSessionExpired()
        this.error = userMessage(err, '登记失败，请稍后再试。')
      })
      return false
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  reset(): void {
    this.form.reset()
    this.submitting = false
    this.error = null
    this.lastRegistered = null
  }
}
