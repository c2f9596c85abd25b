import type { FeatureStoreDeps } from '../../../app/feature-deps'

/** The stores of Stewards and help requests (issue #4), built once by RootStore as `root.help`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createHelpStores(_deps: FeatureStoreDeps) {
  return {}
}
