/** Cloud functions of Rainbow Bridge welfare projects (issue #6); results merged into CloudResults (types/api.ts), params in types/contract. Domain types for it live here too. */
import type { PlaceRef, UploadRef } from './domain'

export type WelfareCategory = '助老' | '助残' | '青少年' | '环境' | '文化' | '新居民融入' | '其他'

/** Who applies: the person themselves, a volunteer team or an organisation. */
export type ApplicantKind = 'self' | 'team' | 'organisation'

/**
 * draft (only its author sees it) → submitted → passed (community) → approved (street) → completed;
 * submitted → revise → (edited, resubmitted) submitted; submitted/passed → rejected;
 * draft/submitted/revise → withdrawn (before review starts).
 */
export type WelfareStatus = 'draft' | 'submitted' | 'revise' | 'passed' | 'approved' | 'rejected' | 'withdrawn' | 'completed'

/** One scoring criterion of a programme; weights of a programme add up to 100. */
export interface WelfareCriterion {
  key: string
  name: string
  weight: number
}

export interface BudgetItem {
  name: string
  /** Integer fen (1 yuan = 100 fen). */
  amountFen: number
}

/** What a programme (a call for projects) says. Dates are calendar days in the street (YYYY-MM-DD), both inclusive. */
export interface WelfareProgrammeInput {
  name: string
  budgetFen: number
  capFen: number
  opensOn: string
  closesOn: string
  categories: WelfareCategory[]
  criteria: WelfareCriterion[]
}

export interface WelfareProgramme extends WelfareProgrammeInput {
  id: string
  street: PlaceRef
  /** Sum of the approved amounts; never above budgetFen. */
  approvedFen: number
  /** open: today is inside the window; upcoming; closed. */
  phase: 'upcoming' | 'open' | 'closed'
}

/** The fields of an application a person types (all optional in a draft; complete on submission). */
export interface WelfareApplicationFields {
  applicantKind?: ApplicantKind
  /** The team's or organisation's name (not for self). */
  orgName?: string
  /** An organisation's registration number (统一社会信用代码), optional. */
  orgRegNo?: string
  /** For a person applying for themselves: show the full name in the public list (default: masked, 张**). */
  showFullName?: boolean
  projectName?: string
  category?: WelfareCategory
  /** Who benefits (老人、残障人士…). */
  beneficiaries?: string
  beneficiaryCount?: number
  /** Ids of the communities served. */
  communityIds?: string[]
  startDate?: string
  endDate?: string
  items?: BudgetItem[]
  /** Must equal the sum of the items. */
  totalFen?: number
  description?: string
  outcomes?: string
  /** Upload ids (purpose 'welfare'): images or PDF. */
  attachmentIds?: string[]
}

export interface WelfareEvent {
  at: string
  /** submitted | withdrawn | passed | revise | rejected | approved | progress | report | completed */
  kind: string
  actorName: string
  /** communityStaff | streetStaff | applicant */
  actorRole: string
  comment: string | null
  amountFen: number | null
  /** Weighted total 0..100 of a first review with scores. */
  score: number | null
}

export interface WelfareProgressPost {
  id: string
  at: string
  kind: 'progress' | 'report'
  text: string
  photos: UploadRef[]
}

/** An application as its author and its reviewers see it. */
export interface WelfareApplicationView {
  id: string
  programme: { id: string; name: string; capFen: number; opensOn: string; closesOn: string; criteria: WelfareCriterion[] }
  status: WelfareStatus
  fields: WelfareApplicationFields
  communities: PlaceRef[]
  attachments: UploadRef[]
  /** The name shown publicly once funded (masked for a person unless they chose otherwise). */
  publicName: string
  /** The applicant's own name: to the author and the reviewers only. */
  applicantName: string
  approvedFen: number | null
  submittedAt: string | null
  updatedAt: string
  timeline: WelfareEvent[]
  progress: WelfareProgressPost[]
  /** What the caller may do now. */
  can: { edit: boolean; submit: boolean; withdraw: boolean; firstReview: boolean; finalDecision: boolean; postProgress: boolean; complete: boolean }
}

export interface WelfareApplicationSummary {
  id: string
  programmeId: string
  projectName: string
  category: WelfareCategory | null
  status: WelfareStatus
  totalFen: number
  approvedFen: number | null
  publicName: string
  communities: PlaceRef[]
  updatedAt: string
}

export interface FundedProject {
  id: string
  name: string
  applicantName: string
  amountFen: number
  status: 'approved' | 'completed'
  category: WelfareCategory
  communities: string[]
}

/** A funded project as everyone may see it: no phone, no address, the name as the applicant chose. */
export interface FundedProjectView extends FundedProject {
  description: string
  outcomes: string
  startDate: string
  endDate: string
  progress: WelfareProgressPost[]
}

export interface WelfareResults {
  /** Programmes of the street, newest first (public). */
  listWelfareProgrammes: { items: WelfareProgramme[] }
  /** One programme with its applications counted by status (drafts never counted; public). */
  getWelfareProgramme: { programme: WelfareProgramme; byStatus: Partial<Record<WelfareStatus, number>> }
  /** Street staff open (or edit) a programme. */
  saveWelfareProgramme: { programmeId: string }
  /** Creates or updates the caller's draft (or an application returned for revision). */
  saveWelfareApplication: { applicationId: string }
  submitWelfareApplication: { status: 'submitted' }
  withdrawWelfareApplication: { status: 'withdrawn' }
  /** pass / revise / reject by community staff of a served community; approve / reject by street staff after a pass. */
  reviewWelfareApplication: { status: WelfareStatus }
  myWelfareApplications: { items: WelfareApplicationSummary[] }
  /** The author, reviewers (community staff of a served community, street staff) see it in full; drafts only the author. */
  getWelfareApplication: { application: WelfareApplicationView }
  /** The review queue: community staff see their communities' submitted ones; street staff the passed ones (status picks another). */
  listWelfareReviews: { items: WelfareApplicationSummary[] }
  listFundedProjects: { items: FundedProject[]; budgetFen: number; approvedFen: number }
  getFundedProject: { project: FundedProjectView }
  /** The applicant posts a progress update or (final) the final report; photos are uploads of purpose 'welfareProgress'. */
  postWelfareProgress: { postId: string }
  /** Street staff mark a funded project completed (after its final report). */
  completeWelfareProject: { status: 'completed' }
}
