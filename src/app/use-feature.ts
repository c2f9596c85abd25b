import type { Feature } from './feature'
import { useStores } from './stores-context'

/**
 * The stores of a feature, built the first time any page asks. Call it from the feature's own
 * pages (under src/packages/<subpackage>/): importing the feature there keeps its code there.
 */
export function useFeature<S extends object>(feature: Feature<S>): S {
  return useStores().feature(feature)
}
