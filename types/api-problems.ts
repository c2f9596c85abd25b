/** Cloud functions of Residents' problems and visit day (issue #7); results merged into CloudResults (types/api.ts), params in types/contract. Domain types for it live here too. */
import type { PlaceRef } from './domain'

export type ProblemCategory = '环境卫生' | '设施维修' | '邻里纠纷' | '安全隐患' | '物业服务' | '政策咨询' | '其他'

/**
 * received: waiting for the first reply; answered: first reply given; handling: being worked on
 * (an update after the first reply, or reopened by the resident); solved: marked solved, waiting
 * for the resident to confirm; confirmed: the resident confirmed (or 7 days passed without an answer).
 */
export type ProblemStatus = 'received' | 'answered' | 'handling' | 'solved' | 'confirmed'

/** app: reported by the resident; visit: collected in person (集中走访日) and recorded by staff or a steward. */
export type ProblemSource = 'app' | 'visit'

export type ProblemEventKind = 'reported' | 'recorded' | 'replied' | 'updated' | 'reassigned' | 'solved' | 'reopened' | 'confirmed' | 'autoConfirmed' | 'escalated' | 'rated'

export interface ProblemPhoto {
  id: string
  url: string
}

export interface ProblemEvent {
  kind: ProblemEventKind
  at: string
  /** Who acted, as the viewer may see them: the resident's name only where allowed, '居民' otherwise; null for the system. */
  actorName: string | null
  text: string | null
  photos: ProblemPhoto[]
}

export interface ProblemListItem {
  id: string
  category: ProblemCategory
  /** The first line of the description, at most 60 characters. */
  summary: string
  status: ProblemStatus
  source: ProblemSource
  /** 银杏公寓1幢 (and the place typed by the resident). */
  where: string
  reportedAt: string
  /** Past its reply or solve deadline and not yet solved. */
  overdue: boolean
  /** 0 none, 1 escalated to community staff, 2 to street staff. */
  escalation: number
  handlerName: string | null
}

export interface ProblemDetail extends ProblemListItem {
  description: string
  location: string | null
  photos: ProblemPhoto[]
  /** The reporter as the viewer may see them: themselves, or handlers when they allowed it; otherwise null (匿名). */
  reporterName: string | null
  showNameToHandler: boolean
  replyDueAt: string
  solveDueAt: string
  firstReplyAt: string | null
  solvedAt: string | null
  confirmedAt: string | null
  autoConfirmed: boolean
  rating: number | null
  comment: string | null
  events: ProblemEvent[]
  /** What the viewer may do now. */
  canReply: boolean
  canResolve: boolean
  canReassign: boolean
  canConfirm: boolean
  canRate: boolean
  isReporter: boolean
}

export interface ProblemInput {
  category: ProblemCategory
  description: string
  /** Upload ids (purpose 'problem'), at most 6. */
  photoIds?: string[]
  /** A building of the resident's community; their own by default. */
  buildingId?: string
  /** Where exactly (小区东门, 地下车库…), at most 40 characters. */
  location?: string
  /** May the handler see the reporter's name? Other residents never do. */
  showNameToHandler?: boolean
}

export interface VisitProblemInput {
  category: ProblemCategory
  description: string
  /** The visited resident's building (required): the problem is routed by it. */
  buildingId: string
  /** The visited resident's phone, to link the problem to their account so they can follow and confirm it; optional. */
  residentPhone?: string
  location?: string
  photoIds?: string[]
  showNameToHandler?: boolean
}

export interface ProblemHandlerOption {
  userId: string
  name: string
  /** 第3微网格网格长 / 社区工作人员 */
  label: string
}

/** One row of the numbers; the definitions are in docs/api.md (problemStats). */
export interface ProblemStatRow {
  total: number
  replied: number
  solved: number
  confirmed: number
  rated: number
  /** replied / total; null when total is 0. */
  replyRate: number | null
  /** solved / total. */
  solveRate: number | null
  /** confirmed / solved. */
  confirmedRate: number | null
  medianFirstReplyHours: number | null
  medianSolveHours: number | null
  overdue: number
  /** Average rating 1–5 of the rated ones. */
  satisfaction: number | null
}

export interface ProblemStats extends ProblemStatRow {
  byMonth: Array<ProblemStatRow & { month: string }>
  /** Street-wide asks: one row per community; a community's: one row per grid. */
  byPlace: Array<ProblemStatRow & { id: string; name: string }>
  /** What the numbers cover. */
  scopeName: string
}

export interface ProblemRule {
  category: ProblemCategory
  solveDays: number
}

export type ProblemQueueFilter = 'mine' | 'open' | 'overdue' | 'all'

export interface ProblemResults {
  reportProblem: { problemId: string }
  recordVisitProblem: { problemId: string }
  replyToProblem: { status: ProblemStatus }
  resolveProblem: { status: ProblemStatus }
  reassignProblem: { handlerName: string }
  /** Only the reporter; not satisfied reopens it (a reason in comment is required). */
  confirmProblem: { status: ProblemStatus }
  /** Rate a confirmed problem (auto-confirmed ones too) once. */
  rateProblem: { rating: number }
  listMyProblems: { items: ProblemListItem[]; nextCursor: string | null }
  listProblemQueue: { items: ProblemListItem[]; nextCursor: string | null }
  getProblem: ProblemDetail
  problemHandlers: { handlers: ProblemHandlerOption[] }
  /** from/to: Asia/Shanghai days (YYYY-MM-DD), both inclusive. */
  problemStats: ProblemStats
  /** Where the caller may ask problemStats for: their communities (and the street for street staff). */
  problemStatScopes: { street: PlaceRef | null; communities: PlaceRef[]; grids: Array<PlaceRef & { communityId: string }> }
  problemRules: { rules: ProblemRule[] }
  setProblemRule: ProblemRule
  /** Where the signed-in resident can report: their building and community (buildings to choose from). */
  problemReportPlaces: { building: PlaceRef | null; buildings: PlaceRef[] }
  /** Buildings the caller may record visit-day problems for (stewards: theirs; grid leaders: their micro-grids'; staff: their community's). */
  visitBuildings: { buildings: PlaceRef[] }
}
