import type { FeatureStoreDeps } from '@/app/feature-deps'
import { familyRepository } from '../family-repository'
import { ActForStore } from './act-for-store'
import { FamilyStore } from './family-store'

/** 家属代办: family links, and acting for a linked senior. */
export function createFamilyStores(deps: FeatureStoreDeps) {
  const families = familyRepository(deps.api)
  return {
    family: new FamilyStore(families, deps.platform),
    actFor: new ActForStore(families, deps.platform),
  }
}
