import type { FeatureStoreDeps } from '../../../app/feature-deps'

/** The stores of notifications (我的消息), built once by RootStore as `root.notify`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createNotifyStores(_deps: FeatureStoreDeps) {
  return {}
}
