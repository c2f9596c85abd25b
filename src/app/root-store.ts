import type { ApiPort, PlatformPort, StoragePort } from '../adapters/ports'
import { HomeStore } from '../features/home/stores/home-store'
import { homeRepository } from '../features/home/home-repository'
import { SessionStore } from '../features/session/stores/session-store'
import { sessionRepository } from '../features/session/session-repository'

export interface RootDeps {
  api: ApiPort
  storage: StoragePort
  platform: PlatformPort
}

/** The app's one store tree; adapters are injected so tests can build it on fakes. */
export class RootStore {
  readonly session: SessionStore
  readonly home: HomeStore
  readonly platform: PlatformPort

  constructor({ api, storage, platform }: RootDeps) {
    this.platform = platform
    this.session = new SessionStore(sessionRepository(api), storage, platform)
    this.home = new HomeStore(homeRepository(api), platform, () => this.session.sessionExpired())
  }

  /** Signs out and clears every store that holds the person's data. */
  async signOut(): Promise<void> {
    await this.session.signOut()
    this.home.reset()
  }
}
