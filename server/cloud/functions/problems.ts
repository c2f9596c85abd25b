/** Residents' problems and the visit day (issue #7): report, route, answer, solve, confirm; the numbers; timed escalation. */
import { defineFunction, perMinute } from '../define'
import { confirmProblem, problemHandlers, rateProblem, reassignProblem, replyToProblem, resolveProblem } from '../problems/handle'
import { getProblem, listMyProblems, listProblemQueue } from '../problems/read'
import { problemReportPlaces, recordVisitProblem, reportProblem, visitBuildings } from '../problems/report'
import { problemRules, setProblemRule } from '../problems/rules'
import { problemStatScopes, problemStats } from '../problems/stats'

defineFunction('reportProblem', { requireUser: true, rateLimit: perMinute(10) }, ({ user, params }) => reportProblem(user, params))

defineFunction('recordVisitProblem', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => recordVisitProblem(user, params))

defineFunction('replyToProblem', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => replyToProblem(user, params.problemId, params.text ?? ''))

defineFunction(
  'resolveProblem',
  { requireUser: true, rateLimit: perMinute(30) },
  ({ user, params }) => resolveProblem(user, params.problemId, params.note ?? '', params.photoIds),
)

defineFunction('reassignProblem', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => reassignProblem(user, params.problemId, params.handlerId))

defineFunction('confirmProblem', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => confirmProblem(user, params))

defineFunction('rateProblem', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => rateProblem(user, params))

defineFunction('listMyProblems', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => listMyProblems(user, params))

defineFunction('listProblemQueue', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => listProblemQueue(user, params))

defineFunction('getProblem', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => getProblem(user, params.problemId))

defineFunction('problemHandlers', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => problemHandlers(user, params.problemId))

defineFunction('problemStats', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => problemStats(user, params))

defineFunction('problemStatScopes', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => problemStatScopes(user))

defineFunction('problemRules', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => problemRules(user))

defineFunction('setProblemRule', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => setProblemRule(user, params))

defineFunction('problemReportPlaces', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => problemReportPlaces(user))

defineFunction('visitBuildings', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => visitBuildings(user))

