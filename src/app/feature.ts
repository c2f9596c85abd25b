import type { FeatureDeps } from './feature-deps'

/** A page path, or a function of the page's parameters giving one. */
export type Route = string | ((...args: never[]) => string)

/**
 * One client feature as the app plugs it in (src/features/<feature>/index.ts).
 *
 * RootStore builds a feature's stores the first time a page asks for them (useFeature), so a
 * feature whose pages are all in one subpackage is imported only from that subpackage and its
 * code loads with it, not before the home page.
 */
export interface Feature<S extends object> {
  /** Unique across the app: the root keeps one set of stores per name. */
  readonly name: string
  /** The feature's pages (spread into ROUTES from its routes.ts, which stays tiny on purpose). */
  readonly routes: Readonly<Record<string, Route>>
  /** Builds the stores from the shared ports and the hooks into the main package; runs once. */
  create(deps: FeatureDeps): S
  /** Forgets everything personal on sign-out or an expired session; by default reset() on every store. */
  reset?(stores: S): void
}

/** Declares a feature; the identity function, there for the types. */
export function defineFeature<S extends object>(feature: Feature<S>): Feature<S> {
  return feature
}
