/**
 * Sign-up and cancellation. Each runs in one transaction that first locks the activity's row
 * (SELECT ... FOR UPDATE): sign-ups for one activity take turns, in arrival order, so places are
 * never overbooked and the waiting list keeps its order. A unique index on live sign-ups
 * (activity, user) backs the one-place-per-person rule.
 */
import { pageOf } from '@contract/pages'
import { now } from '../clock'
import { forbidden, invalid } from '../errors'
import { notify } from '../notify'
import { runtime } from '../runtime'
import { inTransaction, type Sql } from '../sql'
import { loadActivity, type ActivityRow } from './access'
import { insertRow, updateRow } from '../db/rows'

interface SignupRow {
  objectId: string
  status: 'confirmed' | 'waitlisted'
  seq: number
}

async function liveSignup(sql: Sql, activityId: string, userId: string): Promise<SignupRow | undefined> {
  const rows = await sql<SignupRow>(
    `SELECT "objectId", "status", "seq" FROM "ActivitySignup" WHERE "activity" = $1 AND "user" = $2 AND "status" IN ('confirmed', 'waitlisted')`,
    [activityId, userId],
  )
  return rows[0]
}

/** 1-based place in the waiting list. */
export async function waitPosition(sql: Sql, activityId: string, seq: number): Promise<number> {
  const [r] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "ActivitySignup" WHERE "activity" = $1 AND "status" = 'waitlisted' AND "seq" <= $2`, [activityId, seq])
  return r.n
}

async function residentCommunity(userId: string): Promise<{ community: string | null; street: string | null } | undefined> {
  const rows = (await runtime().pool.query<{ community: string | null; street: string | null }>('SELECT "community", "street" FROM "Resident" WHERE "user" = $1 LIMIT 1', [userId])).rows
  return rows[0]
}

function checkOpen(a: ActivityRow, at: Date, action: '报名' | '取消'): void {
  if (a.status === 'cancelled') invalid('这个活动已取消。')
  if (a.status === 'closed' || a.startsAt.getTime() <= at.getTime()) invalid(action === '报名' ? '活动已经开始或结束，不能再报名。' : '活动已经开始，不能再取消报名。')
  if (a.signupDeadline.getTime() <= at.getTime()) invalid(action === '报名' ? '报名已截止。' : '报名已截止，不能再取消；如有变化请联系组织者。')
}

export async function signUp(user: Parse.User, activityId: string): Promise<{ status: 'confirmed' | 'waitlisted'; position?: number }> {
  const userId = user.id as string
  const home = await residentCommunity(userId)
  if (!home) forbidden('请先登记住址、成为认证居民后再报名。')
  const result = await inTransaction(async (sql) => {
    const a = await loadActivity(activityId, (t, v) => sql<ActivityRow>(t, v))
    const at = now()
    checkOpen(a, at, '报名')
    const communities = a.communityIds ?? []
    if (communities.length ? !communities.includes(home.community ?? '') : home.street !== a.street) forbidden('这个活动只面向指定社区的居民。')
    const existing = await liveSignup(sql, activityId, userId)
    // Tapping again is not an error: the place (or the turn) already held is the answer.
    if (existing) return existing.status === 'confirmed' ? { status: 'confirmed' as const } : { status: 'waitlisted' as const, position: await waitPosition(sql, activityId, existing.seq) }
    const confirmed = (a.confirmedCount ?? 0) < a.capacity
    const status = confirmed ? 'confirmed' : 'waitlisted'
    const [{ signupSeq: seq }] = await sql<{ signupSeq: number }>(
      `UPDATE "Activity" SET "signupSeq" = COALESCE("signupSeq", 0) + 1,
         "confirmedCount" = COALESCE("confirmedCount", 0) + $2, "waitlistCount" = COALESCE("waitlistCount", 0) + $3, "updatedAt" = $4
       WHERE "objectId" = $1 RETURNING "signupSeq"`,
      [activityId, confirmed ? 1 : 0, confirmed ? 0 : 1, at],
    )
    await insertRow(sql, 'ActivitySignup', { activity: activityId, user: userId, status, seq }, { at })
    return confirmed ? { status: 'confirmed' as const } : { status: 'waitlisted' as const, position: await waitPosition(sql, activityId, seq) }
  })
  return result
}

/** Cancels the caller's place or turn; a freed place goes to the first in line, who is told. */
export async function cancelSignup(user: Parse.User, activityId: string): Promise<{ status: 'cancelled' }> {
  const userId = user.id as string
  const promoted = await inTransaction(async (sql) => {
    const a = await loadActivity(activityId, (t, v) => sql<ActivityRow>(t, v))
    const at = now()
    checkOpen(a, at, '取消')
    const mine = await liveSignup(sql, activityId, userId)
    if (!mine) invalid('您没有报名这个活动。')
    await updateRow(sql, 'ActivitySignup', mine.objectId, { status: 'cancelled', cancelledAt: at }, { at })
    if (mine.status === 'waitlisted') {
      await sql(`UPDATE "Activity" SET "waitlistCount" = "waitlistCount" - 1, "updatedAt" = $2 WHERE "objectId" = $1`, [activityId, at])
      return null
    }
    const [next] = await sql<{ objectId: string; user: string }>(
      `UPDATE "ActivitySignup" SET "status" = 'confirmed', "updatedAt" = $2 WHERE "objectId" = (
         SELECT "objectId" FROM "ActivitySignup" WHERE "activity" = $1 AND "status" = 'waitlisted' ORDER BY "seq" LIMIT 1
       ) RETURNING "objectId", "user"`,
      [activityId, at],
    )
    await sql(
      `UPDATE "Activity" SET "confirmedCount" = "confirmedCount" - 1 + $2, "waitlistCount" = "waitlistCount" - $2, "updatedAt" = $3 WHERE "objectId" = $1`,
      [activityId, next ? 1 : 0, at],
    )
    return next ? { userId: next.user, title: a.title } : null
  })
  if (promoted) {
    await notify([
      {
        userId: promoted.userId,
        kind: 'activityUpdate',
        title: '候补成功',
        body: `您已从候补转为正式报名：${promoted.title}。请按时参加。`,
        page: pageOf('activityDetail', activityId),
        refId: activityId,
      },
    ]).catch((err: unknown) => console.warn(`activity ${activityId}: promotion notice failed: ${String(err)}`))
  }
  return { status: 'cancelled' }
}

