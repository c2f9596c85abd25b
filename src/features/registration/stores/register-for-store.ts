import { makeAutoObservable, runInAction } from 'mobx'
import type { PlatformPort } from '@/adapters/ports'
import { Mutation } from '@/stores/mutation'
import type { RegistrationRepository } from '../registration-repository'
import { RegistrationForm } from './registration-form'
import { registrationSchemaErrors } from './registration-schema'

/**
 * Staff registering a resident in person (a senior without a smartphone). The same form and
 * rules as the resident's own, but no draft is kept: it is someone else's personal information
 * on a staff member's phone.
 */
export class RegisterForStore {
  readonly form: RegistrationForm
  private readonly registering: Mutation
  /** The name of the last person registered, for the confirmation line. */
  lastRegistered: string | null = null

  constructor(
    private readonly repo: RegistrationRepository,
    platform: PlatformPort,
    now: () => Date = () => new Date(),
  ) {
    this.form = new RegistrationForm(repo, { storage: null, draftKey: () => null, now, schemaCheck: registrationSchemaErrors })
    this.registering = new Mutation({ platform, toastErrors: false, failure: '登记失败，请稍后再试。' })
    makeAutoObservable<RegisterForStore, 'repo' | 'registering'>(this, { form: false, repo: false, registering: false })
  }

  get submitting(): boolean { return this.registering.busy }
  get error(): string | null { return this.registering.error }

  open(): void {
    this.registering.clearError()
    void this.form.places.loadCommunities()
  }

  async submit(): Promise<boolean> {
    if (this.submitting) return false
    const checked = this.form.validateAll()
    if (!checked.ok) {
      await this.registering.refuse(checked.first)
      return false
    }
    const done = await this.registering.run(
      async () => {
        await this.repo.registerOnBehalf(checked.value)
        runInAction(() => {
          this.lastRegistered = checked.value.name
          this.form.reset()
          void this.form.places.loadCommunities()
        })
        return true
      },
      { success: '已完成登记' },
    )
    return done === true
  }

  reset(): void {
    this.form.reset()
    this.registering.reset()
    this.lastRegistered = null
  }
}
