/**
 * The time bank: an append-only ledger. A balance is a sum of entries; corrections and staff
 * adjustments are new entries with a reason. Totals for the street and a community, and a
 * leaderboard of the volunteers who chose to appear on it.
 */
import type { LeaderboardRow, LedgerEntry, LedgerSource } from '@contract/api-activities'
import { validateAdjustment } from '@/domain/activity'
import { APP_TIMEZONE, dayjs } from '@/domain/time'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { staffRoleFor, staffScopeOf } from '../directory'
import { REMOVED_NAME } from '../queries/people'
import { runtime } from '../runtime'
import { newObjectId, type Sql } from '../sql'
import { clearPointer, insertRow } from '../db/rows'

const q = <R extends Record<string, unknown>>(text: string, values: unknown[] = []) => runtime().pool.query<R>(text, values).then((r) => r.rows)

function yearStart(at: Date): Date {
  return dayjs(at).tz(APP_TIMEZONE).startOf('year').toDate()
}

export async function myTimeBank(userId: string) {
  const [sums] = await q<{ balance: number; year: number; activities: number }>(
    `SELECT COALESCE(sum("hours"), 0)::float8 AS balance, COALESCE(sum("hours") FILTER (WHERE "confirmedAt" >= $2), 0)::float8 AS year,
       count(DISTINCT "activity")::int AS activities FROM "TimeBankEntry" WHERE "user" = $1`,
    [userId, yearStart(now())],
  )
  const rows = await q<{ objectId: string; hours: number; source: LedgerSource; activity: string | null; title: string | null; reason: string | null; confirmedAt: Date }>(
    `SELECT e."objectId", e."hours", e."source", e."activity", a."title", e."reason", e."confirmedAt" FROM "TimeBankEntry" e
     LEFT JOIN "Activity" a ON a."objectId" = e."activity" WHERE e."user" = $1 ORDER BY e."confirmedAt" DESC, e."objectId" DESC LIMIT 500`,
    [userId],
  )
  const [prefs] = await q<{ onLeaderboard: boolean | null }>('SELECT "onLeaderboard" FROM "VolunteerPrefs" WHERE "user" = $1', [userId])
  const [me] = await q<{ name: string }>('SELECT "name" FROM "Resident" WHERE "user" = $1 LIMIT 1', [userId])
  const entries: LedgerEntry[] = rows.map((r) => ({
    id: r.objectId,
    hours: r.hours,
    source: r.source,
    activityId: r.activity,
    title: r.title ?? (r.source === 'adjustment' ? '时长调整' : '志愿活动'),
    reason: r.reason,
    confirmedAt: r.confirmedAt.toISOString(),
  }))
  return { balanceHours: sums.balance, yearHours: sums.year, activityCount: sums.activities, onLeaderboard: prefs?.onLeaderboard === true, name: me?.name ?? '', entries }
}

/** Staff over the volunteer's community (or street) add an entry; the balance is never edited. */
export async function adjustTimeBank(user: Parse.User, p: { userId: string; hours: number; reason: string }): Promise<{ entryId: string }> {
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length && !staff.communityIds.length) forbidden('只有社区或街道工作人员可以调整志愿时长。')
  const problem = validateAdjustment(p.hours, p.reason)
  if (problem) invalid(problem)
  const [r] = await q<{ community: string | null; street: string | null }>('SELECT "community", "street" FROM "Resident" WHERE "user" = $1 LIMIT 1', [p.userId])
  if (!r) notFound('没有找到这位志愿者。')
  if (!staffRoleFor(staff, { communityId: r.community, streetId: r.street })) forbidden('您只能调整本社区或本街道志愿者的时长。')
  if (p.hours < 0) {
    const [b] = await q<{ balance: number }>('SELECT COALESCE(sum("hours"), 0)::float8 AS balance FROM "TimeBankEntry" WHERE "user" = $1', [p.userId])
    if (b.balance + p.hours < 0) invalid('扣减后时长不能为负数。')
  }
  const id = newObjectId()
  const at = now()
  const entry = { user: p.userId, community: r.community, hours: p.hours, source: 'adjustment', sourceKey: `adjustment:${id}`, reason: p.reason.trim() }
  await insertRow(undefined, 'TimeBankEntry', { ...entry, confirmedBy: user.id, confirmedAt: at }, { id, at })
  return { entryId: id }
}

export async function setLeaderboardOptIn(userId: string, optIn: boolean): Promise<{ onLeaderboard: boolean }> {
  const at = now()
  await insertRow(undefined, 'VolunteerPrefs', { user: userId, onLeaderboard: optIn }, { at, onConflict: { target: '("user") WHERE true', update: ['onLeaderboard'] } })
  return { onLeaderboard: optIn }
}

export async function timeBankTotals(userId: string) {
  const [home] = await q<{ community: string | null; street: string | null }>('SELECT "community", "street" FROM "Resident" WHERE "user" = $1 LIMIT 1', [userId])
  const [street] = await q<{ hours: number; volunteers: number; activities: number }>(
    `SELECT COALESCE(sum("hours"), 0)::float8 AS hours, count(DISTINCT "user")::int AS volunteers, count(DISTINCT "activity")::int AS activities FROM "TimeBankEntry"`,
  )
  let community = null
  if (home?.community) {
    const [c] = await q<{ name: string; hours: number; volunteers: number }>(
      `SELECT c."name", COALESCE(sum(e."hours"), 0)::float8 AS hours, count(DISTINCT e."user")::int AS volunteers
       FROM "Community" c LEFT JOIN "TimeBankEntry" e ON e."community" = c."objectId" WHERE c."objectId" = $1 GROUP BY c."name"`,
      [home.community],
    )
    community = { id: home.community, name: c?.name ?? '', hours: c?.hours ?? 0, volunteers: c?.volunteers ?? 0 }
  }
  return { street, community }
}

/** Shows a name as 张*明 / 张*: enough to recognise oneself, not to find someone. */
export function boardName(name: string | null): string {
  if (!name) return REMOVED_NAME
  const chars = [...name]
  if (chars.length <= 1) return `${chars[0] ?? ''}*`
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

export async function leaderboard(userId: string, p: { communityId?: string; limit?: number }): Promise<{ rows: LeaderboardRow[] }> {
  const limit = Math.min(p.limit ?? 20, 100)
  const rows = await q<{ user: string; hours: number; name: string | null; community: string | null }>(
    `SELECT t."user", t.hours, r."name", c."name" AS community FROM (
       SELECT e."user", sum(e."hours")::float8 AS hours FROM "TimeBankEntry" e
       JOIN "VolunteerPrefs" v ON v."user" = e."user" AND v."onLeaderboard" = true
       WHERE ($1::text IS NULL OR e."community" = $1) GROUP BY e."user" HAVING sum(e."hours") > 0 ORDER BY hours DESC, e."user" LIMIT $2
     ) t LEFT JOIN LATERAL (SELECT "name", "community" FROM "Resident" WHERE "user" = t."user" LIMIT 1) r ON true
     LEFT JOIN "Community" c ON c."objectId" = r."community" ORDER BY t.hours DESC, t."user"`,
    [p.communityId ?? null, limit],
  )
  return { rows: rows.map((r, i) => ({ rank: i + 1, name: boardName(r.name), community: r.community ?? '', hours: r.hours, isMe: r.user === userId })) }
}

/** PIPL export: the person's sign-ups and ledger entries. */
export async function exportActivities(userId: string) {
  const rows = await q<Record<string, unknown>>(
    `SELECT a."title", a."startsAt", s."status", s."checkInAt", s."checkOutAt", s."attendance", s."createdAt" AS "signedUpAt"
     FROM "ActivitySignup" s JOIN "Activity" a ON a."objectId" = s."activity" WHERE s."user" = $1 ORDER BY a."startsAt"`,
    [userId],
  )
  // Plain JSON: times as ISO strings, as the rest of the export has them.
  const signups = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])))
  const ledger = (await myTimeBank(userId)).entries
  const [prefs] = await q<{ onLeaderboard: boolean | null }>('SELECT "onLeaderboard" FROM "VolunteerPrefs" WHERE "user" = $1', [userId])
  return { signups, timeBank: ledger, onLeaderboard: prefs?.onLeaderboard === true }
}

/**
 * PIPL erasure: sign-ups and preferences go (live places are freed and counts kept right);
 * ledger entries lose their person but keep their hours, so street totals stay true.
 */
export async function eraseActivities(userId: string, sql: Sql): Promise<void> {
  const live = await sql<{ activity: string; status: string }>(
    `DELETE FROM "ActivitySignup" WHERE "user" = $1 RETURNING "activity", "status"`,
    [userId],
  )
  for (const s of live) {
    if (s.status === 'confirmed') await sql(`UPDATE "Activity" SET "confirmedCount" = GREATEST("confirmedCount" - 1, 0) WHERE "objectId" = $1 AND "status" = 'open'`, [s.activity])
    if (s.status === 'waitlisted') await sql(`UPDATE "Activity" SET "waitlistCount" = GREATEST("waitlistCount" - 1, 0) WHERE "objectId" = $1`, [s.activity])
  }
  await clearPointer(sql, 'TimeBankEntry', 'user', userId, { at: false })
  await sql(`DELETE FROM "VolunteerPrefs" WHERE "user" = $1`, [userId])
}
