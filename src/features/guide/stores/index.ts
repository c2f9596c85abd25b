import type { FeatureStoreDeps } from '@/app/feature-deps'
import { guideRepository } from '../guide-repository'
import { GuideEditStore } from './guide-edit-store'
import { GuideStore } from './guide-store'

/** The newcomer guide: residents' checklist and community staff's editor. */
export function createGuideStores(deps: FeatureStoreDeps) {
  const guides = guideRepository(deps.api)
  return {
    guide: new GuideStore(guides, deps.platform),
    // Staff edit the guide of the communities they work for, not every community.
    edit: new GuideEditStore(guides, deps.platform, () => deps.me()?.staffCommunities ?? []),
  }
}
