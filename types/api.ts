/**
 * The cloud API contract: every cloud function's parameters and result. Parameters are the
 * schemas of types/contract (checked at run time by the server, their types inferred here);
 * results are the types below. The client's REST adapter and the server's cloud code are both
 * typed by them, so a change here breaks whichever side has not followed.
 */
import type * as v from 'valibot'
import type { Contract } from './contract'
import type {
  ActRecord,
  BuildingLayout,
  FamilyLinkStatus,
  FamilyLinkView,
  GuideItem,
  HomeInfo,
  NoticeDetail,
  NoticeListItem,
  NoticeReadStats,
  PublishTarget,
  Me,
  MyDataExport,
  NotifyKind,
  UploadRef,
  PlaceRef,
  ProfileAccessRecord,
  RegistrationStatus,
  RegistrationSummary,
  RegistrationView,
} from './domain'
import type { ActivityResults } from './api-activities'
import type { HelpResults } from './api-help'
import type { NotifyResults } from './api-notify'
import type { ProblemResults } from './api-problems'
import type { WelfareResults } from './api-welfare'

/** What each cloud function answers. Later features keep theirs in their own files (types/api-*.ts), merged here. */
export interface CloudResults extends HelpResults, NotifyResults, ActivityResults, WelfareResults, ProblemResults {
  demoLogin: { sessionToken: string }
  wechatLogin: { sessionToken: string; isNew: boolean }
  myHome: HomeInfo
  me: Me
  callContact: { phone: string }

  // Registration (issue #3)
  /** Places to choose a home from: communities; a community's compounds (filtered by q); a compound's buildings. */
  placeOptions: { communities: PlaceRef[]; compounds: Array<PlaceRef & { communityId: string }>; buildings: BuildingLayout[] }
  /** The phone number from WeChat's getPhoneNumber button (a one-time code exchanged server-side). */
  wechatPhoneNumber: { phone: string }
  submitResidentRegistration: { registrationId: string; status: 'pending' }
  myRegistration: { registration: RegistrationView | null }
  /** The staff queue as summaries; `from`/`to` are Asia/Shanghai days (YYYY-MM-DD), both inclusive. */
  listRegistrations: { items: RegistrationSummary[]; nextCursor: string | null }
  /** Staff open one registration in full (phone, household, origin, workplace); every opening is logged. */
  openRegistration: { registration: RegistrationView }
  reviewResidentRegistration: { status: RegistrationStatus }
  /** Staff register a resident in person (no smartphone): approved at once, recorded as staff-entered. */
  registerOnBehalf: { registrationId: string; residentId: string }

  // Newcomer guide
  myGuide: { community: PlaceRef; items: GuideItem[] }
  tickGuideItem: { done: boolean }
  listGuideItems: { items: GuideItem[] }
  saveGuideItem: { itemId: string }
  deleteGuideItem: { deleted: true }

  // Family members acting for seniors
  requestFamilyLink: { linkId: string; status: 'pending' }
  answerFamilyLink: { status: FamilyLinkStatus }
  removeFamilyLink: { removed: true }
  myFamilyLinks: { seniors: FamilyLinkView[]; family: FamilyLinkView[] }
  actsForMe: { items: ActRecord[] }

  // Privacy and my data
  /** Staff or the building's steward open a resident's full profile; every opening is logged. */
  viewResidentProfile: { profile: RegistrationView }
  myProfileAccessLog: { items: ProfileAccessRecord[] }
  exportMyData: MyDataExport
  deleteMyData: { deleted: true }

  // Bulletins (issue #4)
  publishTargets: { targets: PublishTarget[] }
  /** Publishes; with draftId, publishes that draft of the caller's (the draft becomes the notice). */
  publishNotice: { noticeId: string }
  /** Saves a draft (new, or the caller's draft noticeId): anything may still be missing, nothing is published. */
  saveNoticeDraft: { noticeId: string }
  deleteNoticeDraft: { deleted: true }
  /** Edit after publishing: the notice is marked edited. */
  updateNotice: { noticeId: string }
  withdrawNotice: { status: 'withdrawn' }
  /** Staff over the scope hide a notice with a reason; hidden is not deleted. */
  hideNotice: { status: 'hidden' }
  /** The caller's feed: street + community + building, effective and not expired; pinned first, then newest. */
  listMyNotices: { items: NoticeListItem[]; nextCursor: string | null }
  /** Every notice in the caller's scopes, expired ones included, optionally matching q in title or body. */
  searchNotices: { items: NoticeListItem[]; nextCursor: string | null }
  getNotice: NoticeDetail
  /** Idempotent. */
  markNoticeRead: { read: true }
  unreadNoticeCount: { count: number }
  noticeReadStats: NoticeReadStats
  myPublishedNotices: { items: Array<NoticeListItem & { status: NoticeDetail['status']; readHouseholds: number; households: number }>; nextCursor: string | null }

  // Uploads and notifications, shared by the features
  /** Uploads an image (or, for welfare, a PDF) as base64; size-limited by purpose; attach it by its id. */
  uploadFile: UploadRef
  /** The configured subscription-message template id of each kind (kinds without one are left out). */
  subscriptionTemplates: { templates: Partial<Record<NotifyKind, string>> }
  /** Records what the person answered WeChat's subscribe sheet: one send per accepted template (WeChat's one-time rule). */
  saveSubscriptions: { saved: number }

  // Operations (master key only)
  /** Runs the timed jobs (escalations, reminders) once at the server's now; returns how much each did. */
  runJobs: { done: Record<string, number> }
  /** Only with TEST_CLOCK=on: moves the server's clock to `at` (null: real time again). */
  setTestClock: { now: string }
}

export type CloudFunctionName = keyof Contract & keyof CloudResults
/** What a function takes: the output of its schema in types/contract. */
export type CloudParams<N extends CloudFunctionName> = v.InferOutput<Contract[N]>
export type CloudResult<N extends CloudFunctionName> = CloudResults[N]

// Every function has both a schema and a result type: a name in one but not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const contractCoversResults: Same<keyof Contract, keyof CloudResults> = true

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
