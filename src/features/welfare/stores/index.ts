import type { FeatureStoreDeps } from '../../../app/feature-deps'

/** The stores of Rainbow Bridge welfare projects (issue #6), built once by RootStore as `root.welfare`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createWelfareStores(_deps: FeatureStoreDeps) {
  return {}
}
