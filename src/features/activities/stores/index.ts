import type { FeatureStoreDeps } from '../../../app/feature-deps'

/** The stores of Red summons and the time bank (issue #5), built once by RootStore as `root.activities`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function createActivityStores(_deps: FeatureStoreDeps) {
  return {}
}
