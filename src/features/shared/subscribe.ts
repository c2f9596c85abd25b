import type { ApiPort, PlatformPort } from '@/adapters/ports'
import type { NotifyKind } from '@contract/domain'

/**
 * WeChat subscription messages. wx.requestSubscribeMessage only works inside a tap, before any
 * network wait, so the template ids are fetched ahead (prefetch, on sign-in) and ask() calls
 * WeChat at once. ask() never fails the action it accompanies: a refusal or an error only means
 * no WeChat message; the in-app message still comes.
 */
export class Subscriptions {
  private templates: Partial<Record<NotifyKind, string>> | null = null

  constructor(
    private readonly api: ApiPort,
    private readonly platform: PlatformPort,
  ) {}

  async prefetch(): Promise<void> {
    try {
      this.templates = (await this.api.call('subscriptionTemplates', {})).templates
    } catch {
      // Asked again at the next tap.
    }
  }

  /** Call first in a tap handler, before anything awaits; resolves once the answers are recorded. */
  async ask(kinds: NotifyKind[]): Promise<void> {
    await this.askAccepted(kinds)
  }

  /** ask(), resolving with the kinds the person accepted (empty when refused, unavailable or not recorded). */
  async askAccepted(kinds: NotifyKind[]): Promise<NotifyKind[]> {
    const templates = this.templates
    if (!templates) {
      await this.prefetch()
      return []
    }
    const asked = kinds.filter((k) => templates[k])
    if (!asked.length) return []
    try {
      const answers = await this.platform.requestSubscribeMessage(asked.map((k) => templates[k]!))
      const accepted = asked.filter((kind) => answers[templates[kind]!] === 'accept')
      await this.api.call('saveSubscriptions', { answers: asked.map((kind) => ({ kind, accepted: accepted.includes(kind) })) })
      return accepted
    } catch {
      // No subscription this time; nothing else depends on it.
      return []
    }
  }
}
