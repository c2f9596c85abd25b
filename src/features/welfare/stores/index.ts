import type { FeatureStoreDeps } from '@/app/feature-deps'
import { welfareRepository } from '../welfare-repository'
import { ApplicationDetailStore } from './application-detail-store'
import { ApplicationFormStore } from './application-form-store'
import { FundedProjectStore, MyApplicationsStore, ReviewQueueStore } from './application-lists'
import { ProgrammeFormStore } from './programme-form-store'
import { ProgrammeStore } from './programme-store'

/** The stores of Rainbow Bridge welfare projects (issue #6), built once by RootStore as `root.welfare`. */
export function createWelfareStores(deps: FeatureStoreDeps) {
  const repo = welfareRepository(deps.api)
  const programme = new ProgrammeStore(repo)
  const mine = new MyApplicationsStore(repo)
  const reviews = new ReviewQueueStore(repo)
  const changed = () => {
    void mine.load()
    if (programme.page.value) void programme.refresh()
  }
  return {
    programme,
    mine,
    reviews,
    funded: new FundedProjectStore(repo),
    form: new ApplicationFormStore({
      repo,
      platform: deps.platform,
      storage: deps.storage,
      subscriptions: deps.subscriptions,
      userId: () => deps.me()?.userId ?? null,
      onSubmitted: changed,
    }),
    programmeForm: new ProgrammeFormStore(repo, deps.platform),
    detail: new ApplicationDetailStore(repo, deps.platform, changed),
  }
}
