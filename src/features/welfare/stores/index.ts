import type { FeatureStoreDeps } from '../../../app/feature-deps'
import { welfareRepository } from '../welfare-repository'
import { ApplicationDetailStore } from './application-detail-store'
import { ApplicationFormStore } from './application-form-store'
import { FundedProjectStore, MyApplicationsStore, ReviewQueueStore } from './application-lists'
import { ProgrammeFormStore } from './programme-form-store'
import { ProgrammeStore } from './programme-store'

/** The stores of Rainbow Bridge welfare projects (issue #6), built once by RootStore as `root.welfare`. */
export function createWelfareStores(deps: FeatureStoreDeps) {
  const repo = welfareRepository(deps.api)
  const programme = new ProgrammeStore(repo, deps.onSessionExpired)
  const mine = new MyApplicationsStore(repo, deps.onSessionExpired)
  const reviews = new ReviewQueueStore(repo, deps.onSessionExpired)
  const changed = () => {
    void mine.load()
    if (programme.page.value) void programme.refresh()
  }
  return {
    programme,
    mine,
    reviews,
    funded: new FundedProjectStore(repo, deps.onSessionExpired),
    form: new ApplicationFormStore({
      repo,
      platform: deps.platform,
      storage: deps.storage,
      subscriptions: deps.subscriptions,
      userId: () => deps.me()?.userId ?? null,
      onSessionExpired: deps.onSessionExpired,
      onSubmitted: changed,
    }),
    programmeForm: new ProgrammeFormStore(repo, deps.platform, deps.onSessionExpired),
    detail: new ApplicationDetailStore(repo, deps.platform, deps.onSessionExpired, changed),
  }
}
