import type { FeatureStoreDeps } from '@/app/feature-deps'
import { activitiesRepository } from '../activities-repository'
import { ActivityDetailStore } from './activity-detail-store'
import { ActivityFormStore } from './activity-form-store'
import { ActivityListStore } from './activity-list-store'
import { ManageStore } from './manage-store'
import { MyActivitiesStore, TimeBankStore } from './time-bank-store'

/** The stores of Red summons and the time bank (issue #5), built once by RootStore as `root.activities`. */
export function createActivityStores(deps: FeatureStoreDeps) {
  const repo = activitiesRepository(deps.api)
  const list = new ActivityListStore(repo)
  return {
    list,
    detail: new ActivityDetailStore(
      repo,
      deps.platform,
      deps.subscriptions,
      (a) => list.patch({ id: a.id, confirmed: a.confirmed, waitlisted: a.waitlisted, placesLeft: a.placesLeft, mine: a.mine }),
      deps.now,
    ),
    manage: new ManageStore(repo, deps.platform),
    form: new ActivityFormStore(repo, deps.now),
    mine: new MyActivitiesStore(repo),
    timeBank: new TimeBankStore(repo, deps.platform),
  }
}
