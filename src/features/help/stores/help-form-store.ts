import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpInput, HelpKind } from '@contract/api-help'
import { formErrors } from '@contract/contract/form-errors'
import { helpContract } from '@contract/contract/help'
import type { PlatformPort } from '@/adapters/ports'
import { HELP_LIMITS, validateHelpInput } from '@/domain/help'
import { FormModel, firstErrors, type FieldErrors } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
import type { Subscriptions } from '@/features/shared/subscribe'
import type { HelpRepository } from '../help-repository'

interface HelpDraft {
  kind: HelpKind | null
  text: string
  urgent: boolean
}

const blank = (): HelpDraft => ({ kind: null, text: '', urgent: false })

/** 求助: a kind (four big buttons), optional words, urgent or not; sent to the building's stewards. */
export class HelpFormStore {
  /** The request; checked by the requestHelp schema and the shared help rule, its first problem shown on 提交. */
  readonly form: FormModel<HelpDraft, keyof HelpInput>
  /** A senior a family member sends it for (ForSenior), or null for oneself. */
  forUserId: string | null = null
  private readonly sending: Mutation

  constructor(
    private readonly repo: HelpRepository,
    platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
  ) {
    this.sending = new Mutation({ platform, toastErrors: false, failure: '发送失败，请稍后再试，或直接给红管家打电话。' })
    this.form = new FormModel<HelpDraft, keyof HelpInput>(blank, (d) => {
      const input = { kind: d.kind ?? undefined, text: d.text, urgent: d.urgent }
      const v = validateHelpInput(input)
      return firstErrors<keyof HelpInput>(formErrors(helpContract.requestHelp, input), v.ok ? {} : ({ [v.field]: v.first } as FieldErrors<keyof HelpInput>))
    })
    makeAutoObservable<HelpFormStore, 'repo' | 'subscriptions' | 'sending'>(this, { repo: false, subscriptions: false, sending: false, form: false })
  }

  get kind(): HelpKind | null { return this.form.values.kind }
  get text(): string { return this.form.values.text }
  get urgent(): boolean { return this.form.values.urgent }
  get submitting(): boolean { return this.sending.busy }
  get error(): string | null { return this.sending.error }

  /** A blank form (for oneself, or for a senior). */
  start(forUserId: string | null = null): void {
    this.form.reset()
    this.forUserId = forUserId
    this.sending.clearError()
  }

  choose(kind: HelpKind): void {
    this.form.set('kind', kind)
    this.sending.clearError()
  }

  setText(text: string): void {
    this.form.set('text', text)
    this.sending.clearError()
  }

  setUrgent(urgent: boolean): void {
    this.form.set('urgent', urgent)
  }

  get counter(): string {
    return `${[...this.text.trim()].length}/${HELP_LIMITS.textMax}`
  }

  /**
   * 提交: checks the form, then asks WeChat's subscribe sheet (it must open inside the tap, before
   * any wait), then sends. Returns the new request's id, or null with `error` set.
   */
  submit(): Promise<string | null> {
    const valid = this.form.showAllErrors()
    const v = validateHelpInput({ kind: this.kind ?? undefined, text: this.text, urgent: this.urgent })
    if (!valid || !v.ok) return this.sending.refuse(Object.values(this.form.allErrors).find(Boolean) ?? '')
    if (this.submitting) return Promise.resolve(null)
    const asked = this.subscriptions.ask(['helpUpdate'])
    return this.send(v.value, asked)
  }

  private send(input: Required<HelpInput>, asked: Promise<void>): Promise<string | null> {
    return this.sending.run(
      async () => {
        await asked
        const id = await this.repo.request(input, this.forUserId ?? undefined)
        runInAction(() => this.start(this.forUserId))
        return id
      },
      { success: '求助已发送' },
    )
  }

  reset(): void {
    this.start(null)
    this.sending.reset()
  }
}
