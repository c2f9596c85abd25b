import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpInput, HelpKind } from '../../../../types/api-help'
import type { PlatformPort } from '../../../adapters/ports'
import { HELP_LIMITS, validateHelpInput } from '../../../domain/help'
import { Mutation } from '../../../stores/mutation'
import type { Subscriptions } from '../../shared/subscribe'
import type { HelpRepository } from '../help-repository'

/** 求助: a kind (four big buttons), optional words, urgent or not; sent to the building's stewards. */
export class HelpFormStore {
  kind: HelpKind | null = null
  text = ''
  urgent = false
  /** A senior a family member sends it for (ForSenior), or null for oneself. */
  forUserId: string | null = null
  private readonly sending: Mutation

  constructor(
    private readonly repo: HelpRepository,
    platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
  ) {
    this.sending = new Mutation({ platform, toastErrors: false, failure: '发送失败，请稍后再试，或直接给红管家打电话。' })
    makeAutoObservable<HelpFormStore, 'repo' | 'subscriptions' | 'sending'>(this, { repo: false, subscriptions: false, sending: false })
  }

  get submitting(): boolean { return this.sending.busy }
  get error(): string | null { return this.sending.error }

  /** A blank form (for oneself, or for a senior). */
  start(forUserId: string | null = null): void {
    this.kind = null
    this.text = ''
    this.urgent = false
    this.forUserId = forUserId
    this.sending.clearError()
  }

  choose(kind: HelpKind): void {
    this.kind = kind
    this.sending.clearError()
  }

  setText(text: string): void {
    this.text = text
    this.sending.clearError()
  }

  setUrgent(urgent: boolean): void {
    this.urgent = urgent
  }

  get counter(): string {
    return `${[...this.text.trim()].length}/${HELP_LIMITS.textMax}`
  }

  /**
   * 提交: checks the form, then asks WeChat's subscribe sheet (it must open inside the tap, before
   * any wait), then sends. Returns the new request's id, or null with `error` set.
   */
  submit(): Promise<string | null> {
    const v = validateHelpInput({ kind: this.kind ?? undefined, text: this.text, urgent: this.urgent })
    if (!v.ok) return this.sending.refuse(v.first)
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
