/**
 * Handling a problem: the first reply and updates, marking it solved, reassigning it, and the
 * reporter's confirmation, reopening and rating. Each is one transaction that locks the problem's
 * row, checks who may act and in which status, and writes the step to the timeline.
 */
import type { ProblemCategory, ProblemHandlerOption, ProblemPhoto, ProblemStatus } from '@contract/api-problems'
import { deadlinesFor, isOpen, photoIdsError, validateConfirm, validateReplyText, STATUS_LABELS } from '@/domain/problem'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { runtime } from '../runtime'
import { inTransaction, type Sql } from '../sql'
import { claimUploads } from '../uploads'
import { accessRow, canSee, isStaffOver, NOT_FOUND, requireAct, viewerOf, type AccessRow, type Viewer } from './access'
import { addEvent, tell } from './events'
import { solveDaysFor } from './rules'
import { expr, updateRow } from '../db/rows'

const CLOSED = '这个问题已经办结，不能再答复；如需处理请等居民重新打开。'

function requireOpen(p: AccessRow): void {
  if (!isOpen(p.status as ProblemStatus)) invalid(CLOSED)
}

/** A handler's step on an open problem: locked, the caller's right to act and the input checked, then the step. */
async function actOnOpen<T>(v: Viewer, problemId: string, bad: string | null | undefined, step: (sql: Sql, p: AccessRow) => Promise<T>): Promise<T> {
  return inTransaction(async (sql) => {
    const p = await accessRow(problemId, sql)
    requireAct(v, p)
    requireOpen(p)
    if (bad) invalid(bad)
    return step(sql, p)
  })
}

export async function replyToProblem(user: Parse.User, problemId: string, text: string): Promise<{ status: ProblemStatus }> {
  const v = await viewerOf(user)
  const bad = validateReplyText(text)
  const at = now()
  const result = await actOnOpen(v, problemId, bad, async (sql, p) => {
    const [row] = await sql<{ first: boolean }>(`SELECT "firstReplyAt" IS NULL AS first FROM "Problem" WHERE "objectId" = $1`, [problemId])
    const status: ProblemStatus = row.first ? 'answered' : 'handling'
    await updateRow(sql, 'Problem', problemId, { status, firstReplyAt: expr('COALESCE("firstReplyAt", $1)', [at]) }, { at })
    await addEvent(sql, { problemId, kind: row.first ? 'replied' : 'updated', actor: v.userId, text: text.trim(), at })
    return { status, reporter: p.reporter, handler: p.handler }
  })
  await tell([result.reporter, result.handler], v.userId, problemId, result.status === 'answered' ? '您反映的问题有答复了' : '您反映的问题有新进展', [...text.trim()].slice(0, 60).join(''))
  return { status: result.status }
}

export async function resolveProblem(user: Parse.User, problemId: string, note: string, photoIds: string[] | undefined): Promise<{ status: ProblemStatus }> {
  const v = await viewerOf(user)
  const bad = validateReplyText(note, '请写明是怎么解决的。') ?? photoIdsError(photoIds)
  const at = now()
  const result = await actOnOpen(v, problemId, bad, async (sql, p) => {
    const photos: ProblemPhoto[] = photoIds?.length ? (await claimUploads(v.userId, photoIds, 'problem', problemId, sql)).map((u) => ({ id: u.id, url: u.url })) : []
    // Solving answers it too: a problem solved at once has its first reply then.
    await updateRow(sql, 'Problem', problemId, { status: 'solved', firstReplyAt: expr('COALESCE("firstReplyAt", $1)', [at]), solvedAt: at, resolveNote: note.trim(), resolvePhotos: photos }, { at })
    await addEvent(sql, { problemId, kind: 'solved', actor: v.userId, text: note.trim(), photos, at })
    return p
  })
  await tell([result.reporter, result.handler], v.userId, problemId, '您反映的问题已解决', '请确认是否解决；7天内未确认将视为已解决。')
  return { status: 'solved' }
}

/** The people a problem may go to: its community's grid leaders and staff, and the street's staff. */
async function handlerOptions(community: string, street: string): Promise<ProblemHandlerOption[]> {
  const { rows } = await runtime().pool.query<ProblemHandlerOption & { rank: number }>(
    `WITH leaders AS (
       SELECT mg."leader" AS "userId", concat(g."name", mg."name", '网格长') AS label, 0 AS rank FROM "MicroGrid" mg JOIN "Grid" g ON g."objectId" = mg."grid"
         WHERE mg."community" = $1 AND mg."leader" IS NOT NULL
       UNION ALL
       SELECT d->>'objectId', concat(g."name", mg."name", '副网格长'), 1 FROM "MicroGrid" mg JOIN "Grid" g ON g."objectId" = mg."grid",
         jsonb_array_elements(COALESCE(mg."deputies", '[]'::jsonb)) d WHERE mg."community" = $1
       UNION ALL
       SELECT j."relatedId", '社区工作人员', 2 FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE r."name" = 'communityStaff_' || $1
       UNION ALL
       SELECT j."relatedId", '街道工作人员', 3 FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE r."name" = 'streetStaff_' || $2
     )
     SELECT DISTINCT ON (l."userId") l."userId", concat(res."name") AS name, l.label, l.rank
     FROM leaders l JOIN "Resident" res ON res."user" = l."userId"
     ORDER BY l."userId", l.rank`,
    [community, street],
  )
  return rows
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'zh-CN', { numeric: true }))
    .map(({ userId, name, label }) => ({ userId, name, label }))
}

export async function problemHandlers(user: Parse.User, problemId: string): Promise<{ handlers: ProblemHandlerOption[] }> {
  const v = await viewerOf(user)
  const p = await accessRow(problemId)
  if (!canSee(v, p)) notFound(NOT_FOUND)
  if (!isStaffOver(v, p)) forbidden('只有社区和街道工作人员可以转派问题。')
  return { handlers: await handlerOptions(p.community, p.street) }
}

export async function reassignProblem(user: Parse.User, problemId: string, handlerId: string): Promise<{ handlerName: string }> {
  const v = await viewerOf(user)
  const at = now()
  const result = await inTransaction(async (sql) => {
    const p = await accessRow(problemId, sql)
    if (!isStaffOver(v, p)) {
      if (!canSee(v, p)) notFound(NOT_FOUND)
      forbidden('只有社区和街道工作人员可以转派问题。')
    }
    requireOpen(p)
    const option = (await handlerOptions(p.community, p.street)).find((h) => h.userId === handlerId)
    if (!option) invalid('只能转派给本社区的网格长或社区、街道工作人员。')
    await updateRow(sql, 'Problem', problemId, { handler: handlerId }, { at })
    await addEvent(sql, { problemId, kind: 'reassigned', actor: v.userId, text: `转派给${option.name}（${option.label}）`, at })
    return { p, option }
  })
  await tell([handlerId], v.userId, problemId, '有一个问题转派给您', `请在1个工作日内答复：${result.option.label}`)
  await tell([result.p.reporter], v.userId, problemId, '您反映的问题已转派', `已转交${result.option.label}处理。`)
  return { handlerName: result.option.name }
}

export async function confirmProblem(
  user: Parse.User,
  params: { problemId: string; satisfied: boolean; rating?: number; comment?: string },
): Promise<{ status: ProblemStatus }> {
  const userId = user.id ?? ''
  const at = now()
  const bad = validateConfirm(params)
  const result = await inTransaction(async (sql) => {
    const p = await accessRow(params.problemId, sql)
    if (p.reporter !== userId) {
      const v = await viewerOf(user)
      if (!canSee(v, p)) notFound(NOT_FOUND)
      forbidden('只有反映问题的居民本人可以确认是否解决。')
    }
    if (p.status !== 'solved') invalid(p.status === 'confirmed' ? '这个问题已经确认过了。' : `问题还在“${STATUS_LABELS[p.status as ProblemStatus]}”，解决后才能确认。`)
    if (bad) invalid(bad)
    const comment = params.comment?.trim() || null
    if (params.satisfied) {
      await updateRow(sql, 'Problem', params.problemId, { status: 'confirmed', confirmedAt: at, rating: params.rating ?? null, comment }, { at })
      await addEvent(sql, { problemId: params.problemId, kind: 'confirmed', actor: userId, text: comment, at })
      return { status: 'confirmed' as ProblemStatus, p }
    }
    const [cat] = await sql<{ category: ProblemCategory }>('SELECT "category" FROM "Problem" WHERE "objectId" = $1', [params.problemId])
    const { solveDueAt } = deadlinesFor(at, await solveDaysFor(p.street, cat.category, sql))
    await sql(
      `UPDATE "Problem" SET "status" = 'handling', "solvedAt" = NULL, "solveDueAt" = $2, "reopenCount" = COALESCE("reopenCount", 0) + 1,
         "escalation" = 0, "escalatedAt" = NULL, "streetEscalateAt" = NULL, "updatedAt" = $3 WHERE "objectId" = $1`,
      [params.problemId, solveDueAt, at],
    )
    await addEvent(sql, { problemId: params.problemId, kind: 'reopened', actor: userId, text: comment, at })
    return { status: 'handling' as ProblemStatus, p }
  })
  if (result.status === 'handling') await tell([result.p.handler], userId, params.problemId, '居民认为问题还没解决', `原因：${[...(params.comment ?? '').trim()].slice(0, 50).join('')}`)
  else await tell([result.p.handler], userId, params.problemId, '居民已确认问题解决', params.rating ? `评分：${params.rating}星` : '感谢您的处理。')
  return { status: result.status }
}

export async function rateProblem(user: Parse.User, params: { problemId: string; rating: number; comment?: string }): Promise<{ rating: number }> {
  const userId = user.id ?? ''
  const bad = validateConfirm({ satisfied: true, rating: params.rating, comment: params.comment }) ?? (params.rating === undefined ? '评分应为1到5颗星。' : null)
  const at = now()
  await inTransaction(async (sql) => {
    const p = await accessRow(params.problemId, sql)
    if (p.reporter !== userId) {
      if (!canSee(await viewerOf(user), p)) notFound(NOT_FOUND)
      forbidden('只有反映问题的居民本人可以评价。')
    }
    if (bad) invalid(bad)
    const rated = { rating: params.rating, comment: expr('COALESCE($1, "comment")', [params.comment?.trim() || null]) }
    const updated = await updateRow(sql, 'Problem', params.problemId, rated, { at, and: `"status" = 'confirmed' AND "rating" IS NULL` })
    if (!updated) invalid(p.status === 'confirmed' ? '这个问题已经评价过了。' : '问题确认解决后才能评价。')
    await addEvent(sql, { problemId: params.problemId, kind: 'rated', actor: userId, text: `${params.rating}星${params.comment?.trim() ? `：${params.comment.trim()}` : ''}`, at })
  })
  return { rating: params.rating }
}
