/**
 * Review: community staff of a served community do the first review (scores, pass / revise /
 * reject); street staff decide (approve an amount, or reject). An approval adds to the programme's
 * approvedFen by one conditional UPDATE inside the transaction that approves, so two approvals
 * racing for the last of the budget cannot both succeed.
 */
import type { WelfareApplicationSummary, WelfareStatus } from '@contract/api-welfare'
import { reviewProblem, reviewStage, weightedScore, WELFARE_LIMITS, WELFARE_STATUS_LABELS, type Decision } from '@/domain/welfare'
import { checkText, textMessage } from '@/domain/text'
import { formatYuanText } from '@/domain/money'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { staffScopeOf } from '../directory'
import { runtime } from '../runtime'
import { inTransaction } from '../sql'
import { addEvent, NOT_FOUND, standingOf, visibleApplication } from './access'
import { tellApplicant } from './applications'
import { applicationRow, programmeRow, summaries, type ApplicationRow } from './rows'
import { updateRow } from '../db/rows'

const HANDLED = '这份申请已被处理，请刷新后查看。'

export interface ReviewParams {
  applicationId: string
  decision: Decision
  scores?: Record<string, number>
  amountFen?: number
  comment: string
}

const NEXT: Record<string, WelfareStatus> = { pass: 'passed', revise: 'revise', reject: 'rejected', approve: 'approved' }

export async function reviewApplication(user: Parse.User, params: ReviewParams): Promise<{ status: WelfareStatus }> {
  const staff = await staffScopeOf(user)
  if (!staff.communityIds.length && !staff.streetIds.length) forbidden('只有社区和街道工作人员可以审核彩虹桥申请。')
  const r = await applicationRow(params.applicationId)
  if (!r || r.status === 'draft') notFound(NOT_FOUND)
  const s = standingOf(user.id ?? '', staff, r)
  if (s.author) forbidden('不能审核自己的申请。')
  const stage = reviewStage(r.status)
  if (!stage) invalid(HANDLED)
  if (stage === 'first' && !s.firstReviewer) {
    forbidden(s.finalReviewer ? '初审由服务社区的工作人员进行，街道在初审通过后作最终决定。' : '您只能初审服务本社区的申请。')
  }
  if (stage === 'final' && !s.finalReviewer) forbidden('最终决定由街道工作人员作出，社区工作人员只做初审。')
  if (params.decision === 'approve' && stage === 'first') forbidden('社区初审不能批准立项，最终决定由街道工作人员作出。')
  const p = await programmeRow(r.programme)
  const criteria = p.criteria ?? []
  const requested = Number(r.totalFen ?? 0)
  const left = Number(p.budgetFen) - Number(p.approvedFen ?? 0)
  const problem = reviewProblem(stage, params, { criteria, requestedFen: requested, budgetLeftFen: left })
  if (problem) invalid(problem)
  const status = NEXT[params.decision]
  const at = now()
  const comment = params.comment?.trim() || null
  const score = params.scores && stage === 'first' ? weightedScore(criteria, params.scores) : null
  await inTransaction(async (sql) => {
    const from = stage === 'first' ? 'submitted' : 'passed'
    const amount = params.decision === 'approve' ? params.amountFen! : null
    const done = await sql(
      `UPDATE "WelfareApplication" SET "status" = $2, "approvedFen" = COALESCE($3, "approvedFen"), "approvedAt" = CASE WHEN $3::double precision IS NULL THEN "approvedAt" ELSE $4 END, "updatedAt" = $4
       WHERE "objectId" = $1 AND "status" = $5 RETURNING 1`,
      [r.objectId, status, amount, at, from],
    )
    if (!done.length) invalid(HANDLED)
    if (amount !== null) {
      // The budget's guard: only succeeds while what is approved stays within the budget.
      const budget = await sql(
        `UPDATE "WelfareProgramme" SET "approvedFen" = "approvedFen" + $2, "updatedAt" = $3 WHERE "objectId" = $1 AND "approvedFen" + $2 <= "budgetFen" RETURNING "approvedFen"`,
        [p.objectId, amount, at],
      )
      if (!budget.length) {
        const [now_] = await sql<{ left: number }>('SELECT "budgetFen" - "approvedFen" AS "left" FROM "WelfareProgramme" WHERE "objectId" = $1', [p.objectId])
        invalid(`批准金额超过了本期剩余预算${formatYuanText(Math.max(0, Number(now_?.left ?? 0)))}。`)
      }
    }
    await addEvent(sql, {
      application: r.objectId,
      kind: status,
      actor: user.id ?? null,
      actorRole: stage === 'first' ? 'communityStaff' : 'streetStaff',
      comment,
      scores: stage === 'first' ? (params.scores ?? null) : null,
      score,
      amountFen: amount,
      at,
    })
  })
  const name = r.projectName ?? ''
  const news: Record<WelfareStatus, string> = {
    passed: `“${name}”已通过社区初审，等待街道终审。`,
    revise: `“${name}”需要修改后重新提交：${comment ?? ''}`,
    rejected: `很遗憾，“${name}”未通过：${comment ?? ''}`,
    approved: `“${name}”已批准立项，资助${formatYuanText(params.amountFen ?? 0)}。`,
  } as Record<WelfareStatus, string>
  await tellApplicant(r, `彩虹桥申请${WELFARE_STATUS_LABELS[status]}`.slice(0, 20), news[status].slice(0, 100))
  return { status }
}

/** Street staff mark a funded project completed once its final report is in. */
export async function completeProject(user: Parse.User, applicationId: string, commentInput?: string): Promise<{ status: 'completed' }> {
  const rule = { max: WELFARE_LIMITS.commentMax, multiline: true }
  const checked = checkText(commentInput, rule)
  if (!checked.ok) invalid(textMessage('意见', checked.problem, rule))
  const comment = checked.value
  const { r, s } = await visibleApplication(user, applicationId)
  if (!s.finalReviewer) forbidden('只有街道工作人员可以确认结项。')
  if (r.status !== 'approved') invalid(r.status === 'completed' ? '这个项目已经结项了。' : '只有已立项的项目可以结项。')
  const { rows } = await runtime().pool.query(`SELECT 1 FROM "WelfareProgress" WHERE "application" = $1 AND "kind" = 'report'`, [r.objectId])
  if (!rows.length) invalid('请等申请人提交结项报告后再确认结项。')
  const at = now()
  await inTransaction(async (sql) => {
    const done = await updateRow(sql, 'WelfareApplication', r.objectId, { status: 'completed', completedAt: at }, { at, and: `"status" = 'approved'` })
    if (!done) invalid('这个项目已经结项了。')
    await addEvent(sql, { application: r.objectId, kind: 'completed', actor: user.id ?? null, actorRole: 'streetStaff', comment: comment || null, at })
  })
  await tellApplicant(r, '彩虹桥项目已结项', `“${r.projectName ?? ''}”已确认结项，感谢您的付出。`)
  return { status: 'completed' }
}

/** The review queue: community staff see their communities' applications, street staff their street's; drafts never. */
export async function listReviews(user: Parse.User, params: { status?: WelfareStatus; programmeId?: string }): Promise<{ items: WelfareApplicationSummary[] }> {
  const staff = await staffScopeOf(user)
  if (!staff.communityIds.length && !staff.streetIds.length) forbidden('只有社区和街道工作人员可以查看审核列表。')
  if (params.status === 'draft') invalid('草稿只有申请人自己能看到。')
  const statuses = params.status ? [params.status] : [...(staff.communityIds.length ? ['submitted'] : []), ...(staff.streetIds.length ? ['passed'] : [])]
  const values: unknown[] = [statuses, staff.streetIds, staff.communityIds]
  let where = `a."status" = ANY($1) AND (a."street" = ANY($2) OR a."communityIds" ?| $3::text[])`
  if (params.programmeId) {
    values.push(params.programmeId)
    where += ` AND a."programme" = $${values.length}`
  }
  const { rows } = await runtime().pool.query<ApplicationRow>(`SELECT * FROM "WelfareApplication" a WHERE ${where} ORDER BY a."submittedAt" ASC NULLS LAST LIMIT 200`, values)
  return { items: await summaries(rows) }
}
