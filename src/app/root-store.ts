import { reaction } from 'mobx'
import type { ApiPort, NoticeShellPort, NoticeSignalsPort, PlatformPort, StoragePort } from '../adapters/ports'
import { withSessionExpiry } from '../adapters/session-guard'
import { CareStore } from '../features/care/stores/care-store'
import { familyRepository } from '../features/family/family-repository'
import { ActForStore } from '../features/family/stores/act-for-store'
import { FamilyStore } from '../features/family/stores/family-store'
import { guideRepository } from '../features/guide/guide-repository'
import { GuideEditStore } from '../features/guide/stores/guide-edit-store'
import { GuideStore } from '../features/guide/stores/guide-store'
import { HomeStore } from '../features/home/stores/home-store'
import { homeRepository } from '../features/home/home-repository'
import { privacyRepository } from '../features/privacy/privacy-repository'
import { AccessLogStore } from '../features/privacy/stores/access-log-store'
import { MyDataStore } from '../features/privacy/stores/my-data-store'
import { PrivacyPromptStore } from '../features/privacy/stores/privacy-prompt-store'
import { registrationRepository } from '../features/registration/registration-repository'
import { RegisterForStore } from '../features/registration/stores/register-for-store'
import { RegistrationStore } from '../features/registration/stores/registration-store'
import { ReviewStore } from '../features/registration/stores/review-store'
import { noticesRepository } from '../features/notices/notices-repository'
import { NoticeDetailStore } from '../features/notices/stores/notice-detail-store'
import { NoticeFeedStore } from '../features/notices/stores/notice-feed-store'
import { NoticeHistoryStore, myPublishedList } from '../features/notices/stores/notice-history-store'
import type { PagedList } from '../stores/paged-list'
import { PublishFormStore } from '../features/notices/stores/publish-form-store'
import type { PublishedNotice } from '../features/notices/notices-repository'
import { createActivityStores } from '../features/activities/stores'
import { createHelpStores } from '../features/help/stores'
import { createNotifyStores } from '../features/notify/stores'
import { createProblemStores } from '../features/problems/stores'
import { createWelfareStores } from '../features/welfare/stores'
import { resetAll, type FeatureStoreDeps } from './feature-deps'
import { Subscriptions } from '../features/shared/subscribe'
import { SESSION_KEY, SessionStore } from '../features/session/stores/session-store'
import { sessionRepository } from '../features/session/session-repository'

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

/** The app's one store tree; adapters are injected so tests can build it on fakes. */
export class RootStore {
  readonly session: SessionStore
  readonly home: HomeStore
  readonly registration: RegistrationStore
  readonly review: ReviewStore
  readonly registerFor: RegisterForStore
  readonly guide: GuideStore
  readonly guideEdit: GuideEditStore
  readonly care: CareStore
  readonly family: FamilyStore
  readonly actFor: ActForStore
  readonly myData: MyDataStore
  readonly accessLog: AccessLogStore
  readonly privacyPrompt: PrivacyPromptStore
  readonly noticeFeed: NoticeFeedStore
  readonly noticeDetail: NoticeDetailStore
  readonly noticeHistory: NoticeHistoryStore
  readonly noticePublish: PublishFormStore
  readonly noticeMine: PagedList<PublishedNotice>
  readonly noticeShell: NoticeShellPort
  readonly subscriptions: Subscriptions
  /** Later features' stores, each built by its own createXStores. */
  readonly help: ReturnType<typeof createHelpStores>
  readonly notify: ReturnType<typeof createNotifyStores>
  readonly activities: ReturnType<typeof createActivityStores>
  readonly welfare: ReturnType<typeof createWelfareStores>
  readonly problems: ReturnType<typeof createProblemStores>
  readonly platform: PlatformPort
  private readonly signals: NoticeSignalsPort

  constructor({ api: port, storage, platform, now = () => new Date(), signals = noSignals, noticeShell = noShell }: RootDeps) {
    // A lapsed session (209) is noticed once, in the port: it signs out and clears personal stores.
    const api = withSessionExpiry(port, () => this.sessionExpired())
    this.platform = platform
    this.signals = signals
    this.noticeShell = noticeShell
    this.session = new SessionStore(sessionRepository(api), storage, platform)
    this.home = new HomeStore(homeRepository(api), platform)
    const registrations = registrationRepository(api)
    this.registration = new RegistrationStore(registrations, storage, platform, {
      userId: () => this.session.me?.userId ?? null,
      hasHome: () => this.session.me?.hasHome ?? false,
      now,
      onApproved: () => {
        // Approval bound them to a building and gave them a role: ask again who they are, and reload home.
        void this.session.reloadMe()
        this.home.reset()
      },
    })
    // Staff screens offer the communities a staff member works for, not every community.
    const staffScope = () => ({ communities: this.session.staffCommunities, street: this.session.isStreetStaff })
    this.review = new ReviewStore(registrations, platform, now, staffScope)
    this.registerFor = new RegisterForStore(registrations, platform, now)
    const guides = guideRepository(api)
    this.guide = new GuideStore(guides, platform)
    this.guideEdit = new GuideEditStore(guides, platform, () => this.session.staffCommunities)
    this.care = new CareStore(storage, platform, () => this.session.me?.isSenior ?? false)
    const families = familyRepository(api)
    this.family = new FamilyStore(families, platform)
    this.actFor = new ActForStore(families, platform)
    const privacy = privacyRepository(api)
    this.myData = new MyDataStore(privacy, platform, { onDeleted: () => this.accountDeleted(), now })
    this.accessLog = new AccessLogStore(privacy)
    this.privacyPrompt = new PrivacyPromptStore(platform)
    const notices = noticesRepository(api)
    this.noticeFeed = new NoticeFeedStore(notices, noticeShell, now)
    this.noticeDetail = new NoticeDetailStore(notices, platform, {
      onRead: (id) => this.noticeFeed.markedRead(id),
      onRemoved: (id) => this.noticeFeed.removed(id),
    })
    this.noticeHistory = new NoticeHistoryStore(notices)
    this.noticeMine = myPublishedList(notices)
    this.noticePublish = new PublishFormStore(notices, platform, {
      onPublished: () => {
        void this.noticeFeed.load()
        void this.noticeMine.load()
      },
      onDraftSaved: () => void this.noticeMine.load(),
    })
    this.subscriptions = new Subscriptions(api, platform)
    const featureDeps: FeatureStoreDeps = { api, platform, storage, now, me: () => this.session.me, subscriptions: this.subscriptions }
    this.help = createHelpStores(featureDeps)
    this.notify = createNotifyStores(featureDeps)
    this.activities = createActivityStores(featureDeps)
    this.welfare = createWelfareStores(featureDeps)
    this.problems = createProblemStores(featureDeps)
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

  private resetPersonal(): void {
    this.home.reset()
    this.registration.reset()
    this.review.reset()
    this.registerFor.reset()
    this.guide.reset()
    this.guideEdit.reset()
    this.family.reset()
    this.actFor.reset()
    this.myData.reset()
    this.accessLog.reset()
    this.signals.stop()
    this.noticeFeed.reset()
    this.noticeDetail.reset()
    this.noticeHistory.reset()
    this.noticePublish.reset()
    this.noticeMine.reset()
    for (const stores of [this.help, this.notify, this.activities, this.welfare, this.problems]) resetAll(stores)
  }
}
