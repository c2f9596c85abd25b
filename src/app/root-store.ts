import { reaction } from 'mobx'
import type { ApiPort, NoticeShellPort, NoticeSignalsPort, PlatformPort, StoragePort } from '@/adapters/ports'
import { withSessionExpiry } from '@/adapters/session-guard'
import { CareStore } from '@/features/care/stores/care-store'
import { HomeStore } from '@/features/home/stores/home-store'
import { homeRepository } from '@/features/home/home-repository'
import { PrivacyPromptStore } from '@/features/privacy/stores/privacy-prompt-store'
import { registrationRepository } from '@/features/registration/registration-repository'
import { MyRegistrationStore } from '@/features/registration/stores/my-registration-store'
import { noticesRepository } from '@/features/notices/notices-repository'
import { NoticeFeedStore } from '@/features/notices/stores/notice-feed-store'
import { notifyFeature } from '@/features/notify'
import { Subscriptions } from '@/features/shared/subscribe'
import { SESSION_KEY, SessionStore } from '@/features/session/stores/session-store'
import { sessionRepository } from '@/features/session/session-repository'
import type { Feature } from './feature'
import { resetAll, type AppHooks, type FeatureDeps } from './feature-deps'

export interface RootDeps {
  api: ApiPort
  storage: StoragePort
  platform: PlatformPort
  /** The clock; tests fix it. */
  now?: () => Date
  /** New-notice signals (LiveQuery); none by default. */
  signals?: NoticeSignalsPort
  /** The 公告 tab's badge and links in notices; none by default. */
  noticeShell?: NoticeShellPort
}

const noSignals: NoticeSignalsPort = { start: () => undefined, stop: () => undefined }
const noShell: NoticeShellPort = { setBadge: () => undefined, openLink: () => undefined }

interface Plugged {
  feature: Feature<object>
  stores: object
}

/**
 * The app's one store tree; adapters are injected so tests can build it on fakes.
 *
 * It holds only what the main package's screens (首页, 公告, 我的, login, privacy) need. Every
 * other feature plugs in through feature(): its stores are built the first time one of its pages
 * asks, so its code is imported only from its subpackage.
 */
export class RootStore {
  readonly session: SessionStore
  readonly home: HomeStore
  /** The resident's own registration: the home page shows one waiting for review. */
  readonly registration: MyRegistrationStore
  readonly care: CareStore
  readonly privacyPrompt: PrivacyPromptStore
  /** The 公告 tab's feed and its unread badge. */
  readonly noticeFeed: NoticeFeedStore
  readonly noticeShell: NoticeShellPort
  readonly subscriptions: Subscriptions
  /** 我的's unread count and 公告's urgent-notice reminders, so created up front. */
  readonly notify: ReturnType<typeof notifyFeature.create>
  readonly platform: PlatformPort
  private readonly signals: NoticeSignalsPort
  private readonly featureDeps: FeatureDeps
  private readonly plugged = new Map<string, Plugged>()

  constructor({ api: port, storage, platform, now = () => new Date(), signals = noSignals, noticeShell = noShell }: RootDeps) {
    // A lapsed session (209) is noticed once, in the port: it signs out and clears personal stores.
    const api = withSessionExpiry(port, () => this.sessionExpired())
    this.platform = platform
    this.signals = signals
    this.noticeShell = noticeShell
    this.session = new SessionStore(sessionRepository(api), storage, platform)
    this.home = new HomeStore(homeRepository(api), platform)
    this.registration = new MyRegistrationStore(registrationRepository(api), storage, {
      userId: () => this.session.me?.userId ?? null,
      hasHome: () => this.session.me?.hasHome ?? false,
      onApproved: () => {
        // Approval bound them to a building and gave them a role: ask again who they are, and reload home.
        void this.session.reloadMe()
        this.home.reset()
      },
    })
    this.care = new CareStore(storage, platform, () => this.session.me?.isSenior ?? false)
    this.privacyPrompt = new PrivacyPromptStore(platform)
    this.noticeFeed = new NoticeFeedStore(noticesRepository(api), noticeShell, now)
    this.subscriptions = new Subscriptions(api, platform)
    const hooks: AppHooks = {
      reloadSession: () => void this.session.reloadMe(),
      resetHome: () => this.home.reset(),
      reloadNoticeFeed: () => void this.noticeFeed.load(),
      noticeRead: (id) => this.noticeFeed.markedRead(id),
      noticeRemoved: (id) => this.noticeFeed.removed(id),
      accountDeleted: () => this.accountDeleted(),
      myRegistration: () => this.registration,
    }
    this.featureDeps = { api, platform, storage, now, me: () => this.session.me, subscriptions: this.subscriptions, hooks }
    this.notify = this.feature(notifyFeature)
    // New notices arrive over LiveQuery while someone is signed in; the connection ends with the session.
    reaction(
      () => this.session.isSignedIn,
      (signedIn) => {
        const token = storage.get(SESSION_KEY)
        if (signedIn) void this.subscriptions.prefetch()
        if (signedIn && token) this.signals.start(token, () => this.noticeFeed.signalled())
        else this.signals.stop()
      },
      { fireImmediately: true },
    )
  }

  /** A feature's stores, built on first use and kept until the app closes (reset on sign-out). */
  feature<S extends object>(feature: Feature<S>): S {
    const found = this.plugged.get(feature.name)
    if (found) return found.stores as S
    const stores = feature.create(this.featureDeps)
    this.plugged.set(feature.name, { feature: feature as unknown as Feature<object>, stores })
    return stores
  }

  /** Signs out and clears every store that holds the person's data, and their draft on this device. */
  async signOut(): Promise<void> {
    // Before the session ends: the draft is kept under the person's id.
    this.registration.forgetDraft()
    await this.session.signOut()
    this.resetPersonal()
  }

  /** The server has erased the account: nothing of the person may stay on this device. */
  private async accountDeleted(): Promise<void> {
    await this.signOut()
  }

  /** A lapsed session signs out but keeps the draft: the same person signs in again to finish it. */
  private sessionExpired(): void {
    this.session.sessionExpired()
    this.resetPersonal()
  }

  /** Every store built so far forgets the person; features not opened yet hold nothing. */
  private resetPersonal(): void {
    this.home.reset()
    this.registration.reset()
    this.signals.stop()
    this.noticeFeed.reset()
    for (const { feature, stores } of this.plugged.values()) {
      if (feature.reset) feature.reset(stores)
      else resetAll(stores)
    }
  }
}
