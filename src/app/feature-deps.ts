import type { ApiPort, PlatformPort, StoragePort } from '@/adapters/ports'
import type { Me } from '@contract/domain'
import type { Subscriptions } from '@/features/shared/subscribe'
import type { MyRegistrationStore } from '@/features/registration/stores/my-registration-store'

/** What RootStore hands each feature's createXStores (src/features/<feature>/stores/index.ts). */
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

/**
 * What a feature may ask of the main package's stores. Features never import each other or the
 * root: they meet here, so a subpackage feature can tell the home page or the 公告 feed that
 * something changed without loading their code, or they its.
 */
export interface AppHooks {
  /** Ask the server again who is signed in (a registration approved meanwhile gave them a role). */
  reloadSession(): void
  /** Forget the loaded home: the home page loads it again the next time it shows. */
  resetHome(): void
  /** Load the 公告 tab's feed again (a notice was published or edited). */
  reloadNoticeFeed(): void
  /** A notice was opened: the feed and the tab badge count it read. */
  noticeRead(id: string): void
  /** A notice was withdrawn or hidden: it leaves the feed. */
  noticeRemoved(id: string): void
  /** The server erased the account: sign out and forget everything on this device. */
  accountDeleted(): Promise<void>
  /** My registration's status as the home page holds it: the form shares it, so both stay current. */
  myRegistration(): MyRegistrationStore
}

/** The deps of a registered feature: the shared ports plus the hooks into the main package. */
export interface FeatureDeps extends FeatureStoreDeps {
  hooks: AppHooks
}

/** Every store a feature returns may have reset(): called on sign-out, so nothing personal stays. */
export function resetAll(stores: object): void {
  for (const store of Object.values(stores)) {
    const reset = (store as { reset?: unknown }).reset
    if (typeof reset === 'function') (reset as () => void).call(store)
  }
}
