import type { FeatureStoreDeps } from '../../../app/feature-deps'

/** The stores of Residents' problems and visit day (issue #7), built once by RootStore as `root.problems`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createProblemStores(_deps: FeatureStoreDeps) {
  return {}
}
