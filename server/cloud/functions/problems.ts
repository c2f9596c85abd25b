/** Residents' problems and the visit day (issue #7): report, route, answer, solve, confirm; the numbers; timed escalation. */
import type { ProblemQueueFilter } from '../../../types/api-problems'
import { PROBLEM_CATEGORIES } from '../../../src/domain/problem'
import { defineFunction, type FieldRule } from '../define'
import { confirmProblem, problemHandlers, rateProblem, reassignProblem, replyToProblem, resolveProblem } from '../problems/handle'
import { getProblem, listMyProblems, listProblemQueue } from '../problems/read'
import { problemReportPlaces, recordVisitProblem, reportProblem, visitBuildings } from '../problems/report'
import { PAGE_MAX } from '../problems/rows'
import { problemRules, setProblemRule } from '../problems/rules'
import { problemStatScopes, problemStats } from '../problems/stats'
import { noParams, optionalId, perMinute, requiredId } from '../validators/common'

// Types only: the rules (lengths, categories, photo count) are validateProblem's, so form and server say the same sentence.
const problemFields: Record<string, FieldRule> = {
  category: { type: String, error: '请选择问题类别。' },
  description: { type: String, error: '请描述遇到的问题。' },
  photoIds: { type: Array, error: '照片无效，请重新选择。' },
  location: { type: String, error: '地点里有无法识别的字符。' },
  showNameToHandler: { type: Boolean, error: '是否显示姓名只能选是或否。' },
}

const problemId = { problemId: requiredId('请选择一个问题。') }

const paging: Record<string, FieldRule> = {
  cursor: { type: String, options: (v: unknown) => typeof v === 'string' && v.length <= 100, error: '翻页位置无效，请刷新列表。' },
  limit: {
    type: Number,
    options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= PAGE_MAX,
    error: `每页条数应为1到${PAGE_MAX}。`,
  },
}

const FILTERS: ProblemQueueFilter[] = ['mine', 'open', 'overdue', 'all']

defineFunction('reportProblem', { requireUser: true, fields: { ...problemFields, buildingId: optionalId('请选择问题所在的楼栋。') }, rateLimit: perMinute(10) }, ({ user, params }) =>
  reportProblem(user!, params),
)

defineFunction(
  'recordVisitProblem',
  {
    requireUser: true,
    fields: { ...problemFields, buildingId: requiredId('请选择住户所在的楼栋。'), residentPhone: { type: String, error: '请填写正确的11位手机号，或者不填。' } },
    rateLimit: perMinute(30),
  },
  ({ user, params }) => recordVisitProblem(user!, params),
)

defineFunction('replyToProblem', { requireUser: true, fields: { ...problemId, text: { type: String, error: '请填写答复内容。' } }, rateLimit: perMinute(30) }, ({ user, params }) =>
  replyToProblem(user!, params.problemId, params.text ?? ''),
)

defineFunction(
  'resolveProblem',
  { requireUser: true, fields: { ...problemId, note: { type: String, error: '请写明是怎么解决的。' }, photoIds: { type: Array, error: '照片无效，请重新选择。' } }, rateLimit: perMinute(30) },
  ({ user, params }) => resolveProblem(user!, params.problemId, params.note ?? '', params.photoIds),
)

defineFunction('reassignProblem', { requireUser: true, fields: { ...problemId, handlerId: requiredId('请选择转派给谁。') }, rateLimit: perMinute(30) }, ({ user, params }) =>
  reassignProblem(user!, params.problemId, params.handlerId),
)

defineFunction(
  'confirmProblem',
  {
    requireUser: true,
    fields: {
      ...problemId,
      satisfied: { type: Boolean, required: true, error: '请选择是否满意。' },
      rating: { type: Number, error: '评分应为1到5颗星。' },
      comment: { type: String, error: '评价内容无效。' },
    },
    rateLimit: perMinute(20),
  },
  ({ user, params }) => confirmProblem(user!, params),
)

defineFunction(
  'rateProblem',
  { requireUser: true, fields: { ...problemId, rating: { type: Number, required: true, error: '评分应为1到5颗星。' }, comment: { type: String, error: '评价内容无效。' } }, rateLimit: perMinute(20) },
  ({ user, params }) => rateProblem(user!, params),
)

defineFunction('listMyProblems', { requireUser: true, fields: paging, rateLimit: perMinute(120) }, ({ user, params }) => listMyProblems(user!, params))

defineFunction(
  'listProblemQueue',
  {
    requireUser: true,
    fields: { ...paging, filter: { type: String, options: (v: unknown) => FILTERS.includes(v as ProblemQueueFilter), error: '列表筛选条件不对。' } },
    rateLimit: perMinute(120),
  },
  ({ user, params }) => listProblemQueue(user!, params),
)

defineFunction('getProblem', { requireUser: true, fields: problemId, rateLimit: perMinute(120) }, ({ user, params }) => getProblem(user!, params.problemId))

defineFunction('problemHandlers', { requireUser: true, fields: problemId, rateLimit: perMinute(60) }, ({ user, params }) => problemHandlers(user!, params.problemId))

defineFunction(
  'problemStats',
  {
    requireUser: true,
    fields: {
      from: { type: String, required: true, error: '请选择开始日期。' },
      to: { type: String, required: true, error: '请选择结束日期。' },
      communityId: optionalId('请选择社区。'),
      gridId: optionalId('请选择网格。'),
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => problemStats(user!, params),
)

defineFunction('problemStatScopes', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => problemStatScopes(user!))

defineFunction('problemRules', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => problemRules(user!))

defineFunction(
  'setProblemRule',
  {
    requireUser: true,
    fields: {
      category: { type: String, required: true, options: (v: unknown) => PROBLEM_CATEGORIES.includes(v as never), error: '请选择问题类别。' },
      solveDays: { type: Number, required: true, error: '办结时限应为1到60天。' },
    },
    rateLimit: perMinute(30),
  },
  ({ user, params }) => setProblemRule(user!, params),
)

defineFunction('problemReportPlaces', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => problemReportPlaces(user!))

defineFunction('visitBuildings', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => visitBuildings(user!))

