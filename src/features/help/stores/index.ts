import type { FeatureStoreDeps } from '@/app/feature-deps'
import { helpRepository } from '../help-repository'
import { HelpDetailStore } from './help-detail-store'
import { HelpFormStore } from './help-form-store'
import { HelpListStore } from './help-list-store'
import { StewardAdminStore } from './steward-admin-store'
import { StewardProfileStore } from './steward-profile-store'

/** The stores of Stewards and help requests (issue #4), built once by RootStore as `root.help`. */
export function createHelpStores(deps: FeatureStoreDeps) {
  const repo = helpRepository(deps.api)
  const mine = new HelpListStore(() => repo.mine())
  const inbox = new HelpListStore(() => repo.inbox())
  const escalated = new HelpListStore(() => repo.escalated())
  const refreshLists = () => {
    for (const list of [mine, inbox, escalated]) if (list.status !== 'idle') void list.load()
  }
  const me = deps.me
  return {
    form: new HelpFormStore(repo, deps.platform, deps.subscriptions),
    mine,
    inbox,
    escalated,
    detail: new HelpDetailStore(repo, deps.platform, { onChanged: refreshLists }),
    stewards: new StewardAdminStore(
      repo,
      deps.platform,
      () => ({ communities: me()?.staffCommunities ?? [], street: me()?.roles.includes('streetStaff') ?? false }),
    ),
    profile: new StewardProfileStore(repo, deps.api, deps.platform),
    /** Sent a new request: 我的求助 shows it next time. */
    sent: refreshLists,
  }
}
