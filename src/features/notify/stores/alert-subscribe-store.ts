import { makeAutoObservable, runInAction } from 'mobx'
import type { NotifyKind } from '@contract/domain'
import type { PlatformPort } from '@/adapters/ports'
import type { Subscriptions } from '@/features/shared/subscribe'

/**
 * 接收紧急公告提醒 on the 公告 tab: each tap asks WeChat's subscribe sheet once, which allows one
 * WeChat message (WeChat's one-time rule), and says what came of it.
 */
export class AlertSubscribeStore {
  asking = false

  constructor(
    private readonly subscriptions: Subscriptions,
    private readonly platform: PlatformPort,
    private readonly kind: NotifyKind = 'urgentNotice',
  ) {
    makeAutoObservable<AlertSubscribeStore, 'subscriptions' | 'platform' | 'kind'>(this, { subscriptions: false, platform: false, kind: false })
  }

  /** Call straight from the tap: WeChat only shows its sheet before anything else awaits. */
  async subscribe(): Promise<boolean> {
    const asked = this.subscriptions.askAccepted([this.kind])
    this.asking = true
    try {
      const accepted = (await asked).includes(this.kind)
      this.platform.toast(accepted ? '已开启，下一条紧急公告会通过微信提醒您' : '未开启微信提醒，紧急公告仍会显示在这里', accepted ? 'success' : 'none')
      return accepted
    } finally {
      runInAction(() => (this.asking = false))
    }
  }
}
