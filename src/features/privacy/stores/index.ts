import type { FeatureDeps } from '@/app/feature-deps'
import { privacyRepository } from '../privacy-repository'
import { AccessLogStore } from './access-log-store'
import { MyDataStore } from './my-data-store'

/** 我的数据 and 谁查看过我的资料 (the privacy prompt is the main package's: RootStore.privacyPrompt). */
export function createPrivacyStores(deps: FeatureDeps) {
  const privacy = privacyRepository(deps.api)
  return {
    myData: new MyDataStore(privacy, deps.platform, { onDeleted: () => deps.hooks.accountDeleted(), now: deps.now }),
    accessLog: new AccessLogStore(privacy),
  }
}
