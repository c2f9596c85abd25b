import type { FeatureStoreDeps } from '@/app/feature-deps'
import { notifyRepository } from '../notify-repository'
import { AlertSubscribeStore } from './alert-subscribe-store'
import { MessageStore } from './message-store'

/** The stores of notifications (我的消息), built once by RootStore as `root.notify`. */
export function createNotifyStores(deps: FeatureStoreDeps) {
  return {
    messages: new MessageStore(notifyRepository(deps.api), deps.platform),
    urgentAlerts: new AlertSubscribeStore(deps.subscriptions, deps.platform),
  }
}
