import type { ApiPort, PlatformPort, StoragePort } from '../adapters/ports'
import type { Me } from '../../types/domain'
import type { Subscriptions } from '../features/shared/subscribe'

/** What RootStore hands each later feature's createXStores (src/features/<feature>/stores/index.ts). */
export interface FeatureStoreDeps {
  api: ApiPort
  platform: PlatformPort
  storage: StoragePort
  /** The clock; tests fix it. */
  now: () => Date
  /** Who is signed in (null when nobody); read inside actions, it follows sign-in and sign-out. */
  me: () => Me | null
  /** WeChat subscription messages: call subscriptions.ask([...kinds]) first thing in a tap. */
  subscriptions: Subscriptions
}

/** Every store a feature returns may have reset(): called on sign-out, so nothing personal stays. */
export function resetAll(stores: object): void {
  for (const store of Object.values(stores)) {
    const reset = (store as { reset?: unknown }).reset
    if (typeof reset === 'function') (reset as () => void).call(store)
  }
}
