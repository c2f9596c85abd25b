/** A resident's own problems, a handler's queue, and one problem with its timeline. */
import type { ProblemDetail, ProblemListItem, ProblemQueueFilter } from '@contract/api-problems'
import { now } from '../clock'
import { notFound } from '../errors'
import { runtime } from '../runtime'
import { canSee, NOT_FOUND, viewerOf } from './access'
import { decodeCursor, detailOf, encodeCursor, itemOf, ITEM_JOINS, ITEM_SELECT, PAGE_DEFAULT, type DetailRow, type EventRow, type ItemRow } from './rows'

type Page = { items: ProblemListItem[]; nextCursor: string | null }

async function page(where: string, values: unknown[], params: { cursor?: string; limit?: number }): Promise<Page> {
  const limit = params.limit ?? PAGE_DEFAULT
  const vals = [...values]
  let after = ''
  if (params.cursor) {
    const [at, id] = decodeCursor(params.cursor)
    vals.push(at, id)
    after = `AND (p."reportedAt", p."objectId") < ($${vals.length - 1}::timestamptz, $${vals.length})`
  }
  vals.push(limit + 1)
  const { rows } = await runtime().pool.query<ItemRow>(
    `SELECT ${ITEM_SELECT} FROM (
       SELECT * FROM "Problem" p WHERE ${where} ${after} ORDER BY p."reportedAt" DESC, p."objectId" DESC LIMIT $${vals.length}
     ) p ${ITEM_JOINS} ORDER BY p."reportedAt" DESC, p."objectId" DESC`,
    vals,
  )
  const at = now()
  const shown = rows.slice(0, limit)
  const last = shown[shown.length - 1]
  return { items: shown.map((r) => itemOf(r, at)), nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}


export async function listMyProblems(user: Parse.User, params: { cursor?: string; limit?: number }): Promise<Page> {
  return page('p."reporter" = $1', [user.id ?? ''], params)
}

const OPEN = `p."status" IN ('received', 'answered', 'handling')`

/** The workspace: mine (assigned to me, open), open or overdue ones the viewer sees as a handler, or all of them. */
export async function listProblemQueue(user: Parse.User, params: { filter?: ProblemQueueFilter; cursor?: string; limit?: number }): Promise<Page> {
  const v = await viewerOf(user)
  const filter = params.filter ?? 'mine'
  if (filter === 'mine') return page(`p."handler" = $1 AND ${OPEN}`, [v.userId], params)
  const visible = `(p."handler" = $1 OR p."building" = ANY($2) OR p."microGrid" = ANY($3) OR p."community" = ANY($4) OR p."street" = ANY($5))`
  const values: unknown[] = [v.userId, v.stewardBuildingIds, v.microGridIds, v.staff.communityIds, v.staff.streetIds]
  if (filter === 'all') return page(visible, values, params)
  if (filter === 'open') return page(`${visible} AND ${OPEN}`, values, params)
  values.push(now())
  return page(`${visible} AND ${OPEN} AND ((p."firstReplyAt" IS NULL AND p."replyDueAt" < $6) OR p."solveDueAt" < $6)`, values, params)
}

export async function getProblem(user: Parse.User, problemId: string): Promise<ProblemDetail> {
  const pool = runtime().pool
  const { rows } = await pool.query<DetailRow>(
    `SELECT ${ITEM_SELECT}, p."photos", p."solvedAt", p."confirmedAt", p."autoConfirmed", p."rating", p."comment", rr."name" AS "reporterName"
     FROM "Problem" p ${ITEM_JOINS} LEFT JOIN "Resident" rr ON rr."user" = p."reporter" AND p."reporter" IS NOT NULL
     WHERE p."objectId" = $1`,
    [problemId],
  )
  const r = rows[0]
  const v = await viewerOf(user)
  // Someone who may not see it learns nothing, not even that it exists.
  if (!r || !canSee(v, r)) notFound(NOT_FOUND)
  const events = await pool.query<EventRow>(
    `SELECT e."kind", e."at", e."actor", res."name" AS "actorName", e."text", e."photos" FROM "ProblemEvent" e
     LEFT JOIN "Resident" res ON res."user" = e."actor" AND e."actor" IS NOT NULL
     WHERE e."problem" = $1 ORDER BY e."at", e."createdAt"`,
    [problemId],
  )
  return detailOf(r, events.rows, v, now())
}
