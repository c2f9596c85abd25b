/** Who an application's caller is to it: its author, a first reviewer (community staff of a served community) or a final one (street staff). */
import { notFound, forbidden } from '../errors'
import { staffScopeOf, type StaffScope } from '../directory'
import { runtime } from '../runtime'
import { type Sql } from '../sql'
import { applicationRow, type ApplicationRow } from './rows'
import { insertRow } from '../db/rows'

export const NOT_FOUND = '没有找到这份申请，它可能已被撤回或不在您的范围内。'

export interface Standing {
  author: boolean
  firstReviewer: boolean
  finalReviewer: boolean
  staff: StaffScope
}

export function standingOf(userId: string, staff: StaffScope, r: ApplicationRow): Standing {
  return {
    author: !!r.applicant && r.applicant === userId,
    firstReviewer: (r.communityIds ?? []).some((c) => staff.communityIds.includes(c)),
    finalReviewer: staff.streetIds.includes(r.street),
    staff,
  }
}

/**
 * An application the caller may see, with their standing: drafts to their author alone, the rest to
 * the author and reviewers. Anything else is 101, as if it were not there.
 */
export async function visibleApplication(user: Parse.User, id: string): Promise<{ r: ApplicationRow; s: Standing }> {
  const r = await applicationRow(id)
  if (!r) notFound(NOT_FOUND)
  const s = standingOf(user.id ?? '', await staffScopeOf(user), r)
  if (s.author) return { r, s }
  if (r.status === 'draft' || !(s.firstReviewer || s.finalReviewer)) notFound(NOT_FOUND)
  return { r, s }
}

/** The caller's own application, or 101 (someone else's is not there for them). */
export async function ownApplication(user: Parse.User, id: string): Promise<ApplicationRow> {
  const r = await applicationRow(id)
  if (!r || r.applicant !== user.id) notFound(NOT_FOUND)
  return r
}

/** Only verified residents (a home confirmed by their community) apply. */
export async function requireVerifiedResident(userId: string): Promise<void> {
  const { rows } = await runtime().pool.query('SELECT 1 FROM "Resident" WHERE "user" = $1 AND "verified" = true LIMIT 1', [userId])
  if (!rows.length) forbidden('只有完成住户认证的居民可以申请彩虹桥项目，请先登记住址。')
}

export interface EventInput {
  application: string
  kind: string
  actor: string | null
  actorRole: 'applicant' | 'communityStaff' | 'streetStaff'
  comment?: string | null
  scores?: Record<string, number> | null
  score?: number | null
  amountFen?: number | null
  at: Date
}

/** One step of the timeline, written in the same transaction as the change it records. */
export async function addEvent(sql: Sql, e: EventInput): Promise<void> {
  await insertRow(
    sql,
    'WelfareEvent',
    { application: e.application, kind: e.kind, actor: e.actor, actorRole: e.actorRole, comment: e.comment || null, scores: e.scores ?? null, score: e.score ?? null, amountFen: e.amountFen ?? null, at: e.at },
    { at: e.at },
  )
}
