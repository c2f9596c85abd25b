import type { CloudParams } from '@contract/api'
import type {
  ProblemDetail,
  ProblemHandlerOption,
  ProblemInput,
  ProblemListItem,
  ProblemQueueFilter,
  ProblemRule,
  ProblemStats,
  ProblemStatus,
  VisitProblemInput,
} from '@contract/api-problems'
import type { PlaceRef } from '@contract/domain'
import type { ApiPort, PickedFile } from '@/adapters/ports'
import type { Page } from '@/stores/paged-list'
import { uploadPicked } from '@/features/shared/uploads'

export type StatScopes = { street: PlaceRef | null; communities: PlaceRef[]; grids: Array<PlaceRef & { communityId: string }> }

/** Residents' problems: report, follow, handle, and the numbers. */
export interface ProblemsRepository {
  report(input: ProblemInput): Promise<string>
  recordVisit(input: VisitProblemInput): Promise<string>
  /** Uploads picked photos (purpose 'problem') and returns their ids. */
  upload(files: PickedFile[]): Promise<string[]>
  reportPlaces(): Promise<{ building: PlaceRef | null; buildings: PlaceRef[] }>
  visitBuildings(): Promise<PlaceRef[]>
  mine(cursor: string | null): Promise<Page<ProblemListItem>>
  queue(filter: ProblemQueueFilter, cursor: string | null): Promise<Page<ProblemListItem>>
  get(problemId: string): Promise<ProblemDetail>
  reply(problemId: string, text: string): Promise<ProblemStatus>
  resolve(problemId: string, note: string, photoIds: string[]): Promise<ProblemStatus>
  handlers(problemId: string): Promise<ProblemHandlerOption[]>
  reassign(problemId: string, handlerId: string): Promise<string>
  confirm(params: CloudParams<'confirmProblem'>): Promise<ProblemStatus>
  rate(problemId: string, rating: number, comment?: string): Promise<void>
  stats(params: CloudParams<'problemStats'>): Promise<ProblemStats>
  statScopes(): Promise<StatScopes>
  rules(): Promise<ProblemRule[]>
  setRule(rule: ProblemRule): Promise<ProblemRule>
}

const PAGE = 20

export function problemsRepository(api: ApiPort): ProblemsRepository {
  const cursor = (c: string | null) => (c ? { cursor: c } : {})
  return {
    report: async (input) => (await api.call('reportProblem', input)).problemId,
    recordVisit: async (input) => (await api.call('recordVisitProblem', input)).problemId,
    upload: async (files) => {
      const ids: string[] = []
      for (const f of files) ids.push((await uploadPicked(api, f, 'problem')).id)
      return ids
    },
    reportPlaces: () => api.call('problemReportPlaces', {}),
    visitBuildings: async () => (await api.call('visitBuildings', {})).buildings,
    mine: (c) => api.call('listMyProblems', { ...cursor(c), limit: PAGE }),
    queue: (filter, c) => api.call('listProblemQueue', { filter, ...cursor(c), limit: PAGE }),
    get: (problemId) => api.call('getProblem', { problemId }),
    reply: async (problemId, text) => (await api.call('replyToProblem', { problemId, text })).status,
    resolve: async (problemId, note, photoIds) => (await api.call('resolveProblem', { problemId, note, ...(photoIds.length ? { photoIds } : {}) })).status,
    handlers: async (problemId) => (await api.call('problemHandlers', { problemId })).handlers,
    reassign: async (problemId, handlerId) => (await api.call('reassignProblem', { problemId, handlerId })).handlerName,
    confirm: async (params) => (await api.call('confirmProblem', params)).status,
    rate: async (problemId, rating, comment) => void (await api.call('rateProblem', { problemId, rating, ...(comment ? { comment } : {}) })),
    stats: (params) => api.call('problemStats', params),
    statScopes: () => api.call('problemStatScopes', {}),
    rules: async () => (await api.call('problemRules', {})).rules,
    setRule: (rule) => api.call('setProblemRule', rule),
  }
}
