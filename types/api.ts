/**
 * The cloud API contract: every cloud function's parameters and result.
 * The client's REST adapter and the server's cloud code are both typed by this map,
 * so a change here breaks whichever side has not followed.
 */
import type {
  ActRecord,
  BuildingLayout,
  FamilyLinkStatus,
  FamilyLinkView,
  GuideItem,
  HomeInfo,
  NoticeDetail,
  NoticeInput,
  NoticeListItem,
  NoticeReadStats,
  PublishTarget,
  Me,
  MyDataExport,
  NotifyKind,
  UploadPurpose,
  UploadRef,
  PlaceRef,
  ProfileAccessRecord,
  RegistrationInput,
  RegistrationStatus,
  RegistrationSummary,
  RegistrationView,
} from './domain'
import type { ActivityFunctions } from './api-activities'
import type { HelpFunctions } from './api-help'
import type { NotifyFunctions } from './api-notify'
import type { ProblemFunctions } from './api-problems'
import type { WelfareFunctions } from './api-welfare'

/** Acting for a linked senior: functions that take it act on the senior's behalf and record who did. */
export interface ForSenior {
  forUserId?: string
}

/** Later features keep their functions in their own files (types/api-*.ts), merged here. */
export interface CloudFunctions extends HelpFunctions, NotifyFunctions, ActivityFunctions, WelfareFunctions, ProblemFunctions {
  demoLogin: { params: { phone: string }; result: { sessionToken: string } }
  wechatLogin: { params: { code: string }; result: { sessionToken: string; isNew: boolean } }
  myHome: { params: ForSenior; result: HomeInfo }
  me: { params: Record<string, never>; result: Me }
  callContact: {
    params: { kind: 'steward' | 'gridLeader' } & ForSenior
    result: { phone: string }
  }

  // Registration (issue #3)
  /** Places to choose a home from: communities; a community's compounds (filtered by q); a compound's buildings. */
  placeOptions: {
    params: { communityId?: string; compoundId?: string; q?: string }
    result: { communities: PlaceRef[]; compounds: Array<PlaceRef & { communityId: string }>; buildings: BuildingLayout[] }
  }
  /** The phone number from WeChat's getPhoneNumber button (a one-time code exchanged server-side). */
  wechatPhoneNumber: { params: { code: string }; result: { phone: string } }
  submitResidentRegistration: { params: RegistrationInput & ForSenior; result: { registrationId: string; status: 'pending' } }
  myRegistration: { params: ForSenior; result: { registration: RegistrationView | null } }
  /** The staff queue as summaries; `from`/`to` are Asia/Shanghai days (YYYY-MM-DD), both inclusive. */
  listRegistrations: {
    params: { status?: RegistrationStatus; compoundId?: string; from?: string; to?: string; cursor?: string; limit?: number }
    result: { items: RegistrationSummary[]; nextCursor: string | null }
  }
  /** Staff open one registration in full (phone, household, origin, workplace); every opening is logged. */
  openRegistration: { params: { registrationId: string }; result: { registration: RegistrationView } }
  reviewResidentRegistration: { params: { registrationId: string; approve: boolean; reason?: string }; result: { status: RegistrationStatus } }
  /** Staff register a resident in person (no smartphone): approved at once, recorded as staff-entered. */
  registerOnBehalf: { params: Omit<RegistrationInput, 'consent'> & { consent: true }; result: { registrationId: string; residentId: string } }

  // Newcomer guide
  myGuide: { params: Record<string, never>; result: { community: PlaceRef; items: GuideItem[] } }
  tickGuideItem: { params: { itemId: string; done: boolean }; result: { done: boolean } }
  listGuideItems: { params: { communityId: string }; result: { items: GuideItem[] } }
  saveGuideItem: { params: { communityId: string; itemId?: string; title: string; body: string; order: number }; result: { itemId: string } }
  deleteGuideItem: { params: { itemId: string }; result: { deleted: true } }

  // Family members acting for seniors
  requestFamilyLink: { params: { seniorPhone: string }; result: { linkId: string; status: 'pending' } }
  answerFamilyLink: { params: { linkId: string; accept: boolean }; result: { status: FamilyLinkStatus } }
  removeFamilyLink: { params: { linkId: string }; result: { removed: true } }
  myFamilyLinks: { params: Record<string, never>; result: { seniors: FamilyLinkView[]; family: FamilyLinkView[] } }
  actsForMe: { params: Record<string, never>; result: { items: ActRecord[] } }

  // Privacy and my data
  /** Staff or the building's steward open a resident's full profile; every opening is logged. */
  viewResidentProfile: { params: { residentId: string }; result: { profile: RegistrationView } }
  myProfileAccessLog: { params: Record<string, never>; result: { items: ProfileAccessRecord[] } }
  exportMyData: { params: Record<string, never>; result: MyDataExport }
  deleteMyData: { params: { confirm: true }; result: { deleted: true } }

  // Bulletins (issue #4)
  publishTargets: { params: Record<string, never>; result: { targets: PublishTarget[] } }
  /** Publishes; with draftId, publishes that draft of the caller's (the draft becomes the notice). */
  publishNotice: { params: NoticeInput & { draftId?: string }; result: { noticeId: string } }
  /** Saves a draft (new, or the caller's draft noticeId): anything may still be missing, nothing is published. */
  saveNoticeDraft: { params: Partial<NoticeInput> & { noticeId?: string }; result: { noticeId: string } }
  deleteNoticeDraft: { params: { noticeId: string }; result: { deleted: true } }
  /** Edit after publishing: the notice is marked edited. */
  updateNotice: { params: NoticeInput & { noticeId: string }; result: { noticeId: string } }
  withdrawNotice: { params: { noticeId: string }; result: { status: 'withdrawn' } }
  /** Staff over the scope hide a notice with a reason; hidden is not deleted. */
  hideNotice: { params: { noticeId: string; reason: string }; result: { status: 'hidden' } }
  /** The caller's feed: street + community + building, effective and not expired; pinned first, then newest. */
  listMyNotices: { params: { cursor?: string; limit?: number }; result: { items: NoticeListItem[]; nextCursor: string | null } }
  /** Every notice in the caller's scopes, expired ones included, optionally matching q in title or body. */
  searchNotices: { params: { q?: string; cursor?: string; limit?: number }; result: { items: NoticeListItem[]; nextCursor: string | null } }
  getNotice: { params: { noticeId: string }; result: NoticeDetail }
  /** Idempotent. */
  markNoticeRead: { params: { noticeId: string }; result: { read: true } }
  unreadNoticeCount: { params: Record<string, never>; result: { count: number } }
  noticeReadStats: { params: { noticeId: string }; result: NoticeReadStats }
  myPublishedNotices: { params: { cursor?: string; limit?: number }; result: { items: Array<NoticeListItem & { status: NoticeDetail['status']; readHouseholds: number; households: number }>; nextCursor: string | null } }

  // Uploads and notifications, shared by the features
  /** Uploads an image (or, for welfare, a PDF) as base64; size-limited by purpose; attach it by its id. */
  uploadFile: { params: { data: string; contentType: string; name?: string; purpose: UploadPurpose }; result: UploadRef }
  /** The configured subscription-message template id of each kind (kinds without one are left out). */
  subscriptionTemplates: { params: Record<string, never>; result: { templates: Partial<Record<NotifyKind, string>> } }
  /** Records what the person answered WeChat's subscribe sheet: one send per accepted template (WeChat's one-time rule). */
  saveSubscriptions: { params: { answers: Array<{ kind: NotifyKind; accepted: boolean }> }; result: { saved: number } }

  // Operations (master key only)
  /** Runs the timed jobs (escalations, reminders) once at the server's now; returns how much each did. */
  runJobs: { params: { names?: string[] }; result: { done: Record<string, number> } }
  /** Only with TEST_CLOCK=on: moves the server's clock to `at` (null: real time again). */
  setTestClock: { params: { at: string | null }; result: { now: string } }
}

export type CloudFunctionName = keyof CloudFunctions
export type CloudParams<N extends CloudFunctionName> = CloudFunctions[N]['params']
export type CloudResult<N extends CloudFunctionName> = CloudFunctions[N]['result']

/** Parse's error codes that this app uses, named. */
export const ErrorCodes = {
  OBJECT_NOT_FOUND: 101,
  INVALID_QUERY: 102,
  SCRIPT_FAILED: 141,
  VALIDATION_ERROR: 142,
  INVALID_SESSION_TOKEN: 209,
  OPERATION_FORBIDDEN: 119,
  CONNECTION_FAILED: 100,
  RATE_LIMITED: 429,
} as const
