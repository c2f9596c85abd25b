/**
 * Parameters of residents' problems. A problem's fields are checked by their kind only: the
 * rules (lengths, categories, photo count) are validateProblem's, so form and server say the
 * same sentence.
 */
import * as v from 'valibot'
import type { ProblemInput, ProblemQueueFilter, VisitProblemInput } from '../api-problems'
import { PROBLEM_CATEGORIES } from '@/domain/problem'
import { PROBLEM_MESSAGES as M, WELFARE_MESSAGES } from '@/domain/messages'
import { flag, id, noParams, num, oneOf, optionalFlag, optionalId, optionalList, optionalNum, optionalText, paging, ruled, SHARED_MESSAGES, text } from './rules'
import { PAGE_MAX } from './limits'

const problemEntries = {
  category: optionalText(M.category),
  description: optionalText(M.description),
  photoIds: optionalList(M.photos),
  location: optionalText(M.location),
  showNameToHandler: optionalFlag(M.showName),
}

/** A problem report's fields, by kind (the form's own checks are validateProblem). */
export const problemForm = v.object(problemEntries)

const problemId = { problemId: id('请选择一个问题。') }
const problemPaging = paging(100, PAGE_MAX)
const FILTERS: readonly ProblemQueueFilter[] = ['mine', 'open', 'overdue', 'all']

export const problemContract = {
  reportProblem: ruled<ProblemInput>()(v.object({ ...problemEntries, buildingId: optionalId(M.building) })),
  recordVisitProblem: ruled<VisitProblemInput>()(v.object({ ...problemEntries, buildingId: id(M.visitBuilding), residentPhone: optionalText(M.residentPhone) })),
  replyToProblem: v.object({ ...problemId, text: optionalText(M.reply) }),
  resolveProblem: ruled<{ problemId: string; note?: string; photoIds?: string[] }>()(v.object({ ...problemId, note: optionalText(M.resolveNote), photoIds: optionalList(M.photos) })),
  reassignProblem: v.object({ ...problemId, handlerId: id(M.handler) }),
  confirmProblem: v.object({ ...problemId, satisfied: flag(M.satisfied), rating: optionalNum(M.rating), comment: optionalText(M.comment) }),
  rateProblem: v.object({ ...problemId, rating: num(M.rating), comment: optionalText(M.comment) }),
  listMyProblems: v.object(problemPaging),
  listProblemQueue: v.object({ ...problemPaging, filter: v.optional(oneOf(FILTERS, '列表筛选条件不对。')) }),
  getProblem: v.object(problemId),
  problemHandlers: v.object(problemId),
  problemStats: v.object({
    from: text(WELFARE_MESSAGES.startDate),
    to: text(WELFARE_MESSAGES.endDate),
    communityId: optionalId(SHARED_MESSAGES.community),
    gridId: optionalId('请选择网格。'),
  }),
  problemStatScopes: noParams,
  problemRules: noParams,
  setProblemRule: v.object({ category: oneOf(PROBLEM_CATEGORIES, M.category), solveDays: num('办结时限应为1到60天。') }),
  problemReportPlaces: noParams,
  visitBuildings: noParams,
}
