import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpInput, HelpKind } from '../../../../types/api-help'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { HELP_LIMITS, validateHelpInput } from '../../../domain/help'
import type { Subscriptions } from '../../shared/subscribe'
import type { HelpRepository } from '../help-repository'

/** 求助: a kind (four big buttons), optional words, urgent or not; sent to the building's stewards. */
export class HelpFormStore {
  kind: HelpKind | null = null
  text = ''
  urgent = false
  /** A senior a family member sends it for (ForSenior), or null for oneself. */
  forUserId: string | null = null
  submitting = false
  error: string | null = null

  constructor(
    private readonly repo: HelpRepository,
    private readonly platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<HelpFormStore, 'repo' | 'platform' | 'subscriptions' | 'onSessionExpired'>(this, {
      repo: false,
      platform: false,
      subscriptions: false,
      onSessionExpired: false,
    })
  }

  /** A blank form (for oneself, or for a senior). */
  start(forUserId: string | null = null): void {
    this.kind = null
    this.text = ''
    this.urgent = false
    this.forUserId = forUserId
    this.error = null
  }

  choose(kind: HelpKind): void {
    this.kind = kind
    this.error = null
  }

  setText(text: string): void {
    this.text = text
    this.error = null
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
    if (!v.ok) {
      this.error = v.first
      return Promise.resolve(null)
    }
    if (this.submitting) return Promise.resolve(null)
    const asked = this.subscriptions.ask(['helpUpdate'])
    return this.send(v.value, asked)
  }

  private async send(input: Required<HelpInput>, asked: Promise<void>): Promise<string | null> {
    this.submitting = true
    this.error = null
    try {
      await asked
      const id = await this.repo.request(input, this.forUserId ?? undefined)
      this.platform.toast('求助已发送', 'success')
      runInAction(() => this.start(this.forUserId))
      return id
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => (this.error = userMessage(err, '发送失败，请稍后再试，或直接给红管家打电话。')))
      return null
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  reset(): void {
    this.start(null)
    this.submitting = false
  }
}
