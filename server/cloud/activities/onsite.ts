/**
 * On site: the organiser's check-in code, check-in and check-out, attendance by hand, and the
 * confirmation that closes the activity and credits the hours.
 *
 * A code is HMAC-SHA256(key, "<activityId>:<minute>") shortened to 8 characters, with a key derived
 * from the master key: it is bound to one activity and one minute, nothing is stored, and it is
 * accepted during its minute and the next (so a scan at the turn of a minute still works).
 */
import crypto from 'node:crypto'
import type { Attendance, RosterEntry } from '@contract/api-activities'
import { hoursFor, minuteOf } from '@/domain/activity'
import { maskPhone } from '@/domain/phone'
import { now } from '../clock'
import { invalid, notFound } from '../errors'
import { REMOVED_NAME } from '../queries/people'
import { runtime } from '../runtime'
import { inTransaction, newObjectId, type Sql } from '../sql'
import { loadActivity, requireManager, type ActivityRow } from './access'
import { insertRows, updateRow } from '../db/rows'

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8
/** How early before the start people may check in. */
const EARLY_MS = 60 * 60_000
/** How long after the end people may still check in or out. */
const LATE_MS = 2 * 60 * 60_000

let derivedKey: Buffer | null = null

function codeKey(): Buffer {
  derivedKey ??= crypto.createHmac('sha256', runtime().config.masterKey).update('tongxin/activity-check-in/v1').digest()
  return derivedKey
}

export function codeFor(activityId: string, minute: number): string {
  const mac = crypto.createHmac('sha256', codeKey()).update(`${activityId}:${minute}`).digest()
  let out = ''
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[mac[i] % CODE_ALPHABET.length]
  return out
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** 'ok', 'expired' (this activity's code of an earlier minute within the last day) or 'wrong'. */
function judge(activityId: string, code: string, at: Date): 'ok' | 'expired' | 'wrong' {
  const typed = code.trim().toUpperCase()
  const m = minuteOf(at)
  if (same(codeFor(activityId, m), typed) || same(codeFor(activityId, m - 1), typed)) return 'ok'
  for (let back = 2; back <= 24 * 60; back++) if (same(codeFor(activityId, m - back), typed)) return 'expired'
  return 'wrong'
}

function requireCode(activityId: string, code: string, at: Date): void {
  const verdict = judge(activityId, code, at)
  if (verdict === 'expired') invalid('签到码已过期，请扫描组织者手机上最新的二维码。')
  if (verdict === 'wrong') invalid('签到码不对，请核对后重新输入或重新扫码。')
}

export async function issueCheckInCode(user: Parse.User, activityId: string): Promise<{ code: string; expiresAt: string }> {
  const a = await loadActivity(activityId)
  await requireManager(user, a)
  if (a.status !== 'open') invalid('活动已结束确认，不再需要签到码。')
  const at = now()
  const m = minuteOf(at)
  return { code: codeFor(activityId, m), expiresAt: new Date((m + 2) * 60_000).toISOString() }
}

function requireOnSiteWindow(a: ActivityRow, at: Date): void {
  if (a.status === 'cancelled') invalid('这个活动已取消。')
  if (a.status === 'closed') invalid('活动已结束确认，不能再签到或签退。')
  if (at.getTime() < a.startsAt.getTime() - EARLY_MS) invalid('活动开始前一小时内才能签到。')
  if (at.getTime() > a.endsAt.getTime() + LATE_MS) invalid('活动已结束，不能再签到或签退。')
}

interface AttendRow {
  objectId: string
  checkInAt: Date | null
  checkOutAt: Date | null
}

async function confirmedSignup(sql: Sql, activityId: string, userId: string): Promise<AttendRow> {
  const [s] = await sql<AttendRow>(
    `SELECT "objectId", "checkInAt", "checkOutAt" FROM "ActivitySignup" WHERE "activity" = $1 AND "user" = $2 AND "status" = 'confirmed' FOR UPDATE`,
    [activityId, userId],
  )
  if (!s) invalid('您没有这个活动的正式名额，不能签到。')
  return s
}

/** A scan of the activity's code on site: checked, then the caller's signup changed in one transaction. */
async function onSiteScan<T>(user: Parse.User, activityId: string, code: string, scan: (sql: Sql, a: Awaited<ReturnType<typeof loadActivity>>, s: Awaited<ReturnType<typeof confirmedSignup>>, at: Date) => Promise<T>): Promise<T> {
  const a = await loadActivity(activityId)
  const at = now()
  requireCode(activityId, code, at)
  requireOnSiteWindow(a, at)
  return inTransaction(async (sql) => scan(sql, a, await confirmedSignup(sql, activityId, user.id as string), at))
}

/** Checks in once: a second scan keeps the first time. */
export async function checkIn(user: Parse.User, activityId: string, code: string): Promise<{ checkInAt: string }> {
  return onSiteScan(user, activityId, code, async (sql, _a, s, at) => {
    if (s.checkInAt) return { checkInAt: s.checkInAt.toISOString() }
    await updateRow(sql, 'ActivitySignup', s.objectId, { checkInAt: at, attendance: 'present' }, { at })
    return { checkInAt: at.toISOString() }
  })
}

/** Checks out after a check-in; checking out again moves the time to the later scan. */
export async function checkOut(user: Parse.User, activityId: string, code: string): Promise<{ checkOutAt: string; hours: number }> {
  return onSiteScan(user, activityId, code, async (sql, a, s, at) => {
    if (!s.checkInAt) invalid('您还没有签到，请先签到再签退。')
    await updateRow(sql, 'ActivitySignup', s.objectId, { checkOutAt: at }, { at })
    return { checkOutAt: at.toISOString(), hours: hoursFor(a, s.checkInAt, at) }
  })
}

interface RosterRow {
  objectId: string
  user: string
  status: 'confirmed' | 'waitlisted'
  seq: number
  checkInAt: Date | null
  checkOutAt: Date | null
  attendance: Attendance | null
  name: string | null
  phone: string | null
  credited: number | null
}

/** Hours an attendance earns at confirmation: unchecked-out volunteers count to the activity's end. */
export function creditFor(a: ActivityRow, r: { checkInAt: Date | null; checkOutAt: Date | null; attendance: string | null }): number {
  if (r.attendance !== 'present' || !r.checkInAt) return 0
  return hoursFor(a, r.checkInAt, r.checkOutAt ?? a.endsAt)
}

export async function activityRoster(user: Parse.User, activityId: string): Promise<{ entries: RosterEntry[] }> {
  const a = await loadActivity(activityId)
  await requireManager(user, a)
  const rows = (
    await runtime().pool.query<RosterRow>(
      `SELECT s."objectId", s."user", s."status", s."seq", s."checkInAt", s."checkOutAt", s."attendance", r."name", r."phone", e."hours" AS credited
       FROM "ActivitySignup" s
       LEFT JOIN LATERAL (SELECT "name", "phone" FROM "Resident" WHERE "user" = s."user" LIMIT 1) r ON true
       LEFT JOIN "TimeBankEntry" e ON e."sourceKey" = 'attendance:' || s."objectId"
       WHERE s."activity" = $1 AND s."status" IN ('confirmed', 'waitlisted') ORDER BY s."status", s."seq" LIMIT 5000`,
      [activityId],
    )
  ).rows
  let position = 0
  return {
    entries: rows.map((r) => ({
      signupId: r.objectId,
      userId: r.user,
      name: r.name ?? REMOVED_NAME,
      phone: maskPhone(r.phone),
      status: r.status,
      position: r.status === 'waitlisted' ? ++position : null,
      checkInAt: r.checkInAt?.toISOString() ?? null,
      checkOutAt: r.checkOutAt?.toISOString() ?? null,
      attendance: r.attendance,
      hours: r.credited ?? creditFor(a, r),
    })),
  }
}

/** The organiser marks a confirmed volunteer present for the whole activity, or a no-show. */
export async function markAttendance(user: Parse.User, activityId: string, userId: string, present: boolean): Promise<{ attendance: Attendance }> {
  const a = await loadActivity(activityId)
  await requireManager(user, a)
  if (a.status !== 'open') invalid('活动已结束确认，考勤不能再修改；如需更正请由工作人员调整时长。')
  if (now().getTime() < a.startsAt.getTime() - EARLY_MS) invalid('活动开始后才能登记考勤。')
  const attendance: Attendance = present ? 'present' : 'noShow'
  const rows = (
    await runtime().pool.query(
      `UPDATE "ActivitySignup" SET "attendance" = $3,
         "checkInAt" = CASE WHEN $3 = 'present' THEN COALESCE("checkInAt", $4) ELSE NULL END,
         "checkOutAt" = CASE WHEN $3 = 'present' THEN COALESCE("checkOutAt", $5) ELSE NULL END, "updatedAt" = $6
       WHERE "activity" = $1 AND "user" = $2 AND "status" = 'confirmed' RETURNING "objectId"`,
      [activityId, userId, attendance, a.startsAt, a.endsAt, now()],
    )
  ).rows
  if (!rows.length) notFound('这位志愿者没有这个活动的正式名额。')
  return { attendance }
}

/**
 * Closes the activity and credits each attendance once, all in one transaction under the
 * activity's row lock: the status change makes a second confirmation fail, and the ledger's
 * unique source key makes a credit impossible to repeat whatever retries or restarts happen.
 */
export async function confirmAttendance(user: Parse.User, activityId: string): Promise<{ credited: number; hours: number; noShows: number }> {
  const pre = await loadActivity(activityId)
  await requireManager(user, pre)
  return inTransaction(async (sql) => {
    const a = await loadActivity(activityId, (t, v) => sql<ActivityRow>(t, v))
    const at = now()
    if (a.status === 'closed') invalid('这个活动的时长已确认过，不能重复确认；如需更正请由工作人员调整。')
    if (a.status === 'cancelled') invalid('这个活动已取消。')
    if (at.getTime() < a.startsAt.getTime()) invalid('活动还没有开始，不能确认时长。')
    const signups = await sql<{ objectId: string; user: string; checkInAt: Date | null; checkOutAt: Date | null; attendance: string | null; community: string | null }>(
      `SELECT s."objectId", s."user", s."checkInAt", s."checkOutAt", s."attendance",
         (SELECT "community" FROM "Resident" WHERE "user" = s."user" LIMIT 1) AS community
       FROM "ActivitySignup" s WHERE s."activity" = $1 AND s."status" = 'confirmed'`,
      [activityId],
    )
    let noShows = 0
    const credits: Array<Record<string, unknown> & { objectId: string; hours: number }> = []
    for (const s of signups) {
      const h = creditFor(a, s)
      if (h <= 0) {
        noShows++
        continue
      }
      credits.push({
        objectId: newObjectId(), user: s.user, community: s.community, hours: h, source: 'attendance', sourceKey: `attendance:${s.objectId}`,
        activity: activityId, signup: s.objectId, confirmedBy: user.id, confirmedAt: at,
      })
    }
    // One statement; a credit its source already has (a retry) is skipped by the unique sourceKey.
    const written = new Set(await insertRows(sql, 'TimeBankEntry', credits, { at, onConflict: 'nothing' }))
    const inserted = credits.filter((c) => written.has(c.objectId))
    const credited = inserted.length
    const hours = inserted.reduce((sum, c) => sum + c.hours, 0)
    await sql(
      `UPDATE "ActivitySignup" SET "attendance" = 'noShow', "updatedAt" = $2 WHERE "activity" = $1 AND "status" = 'confirmed' AND ("attendance" IS NULL OR "checkInAt" IS NULL)`,
      [activityId, at],
    )
    await sql(`UPDATE "Activity" SET "status" = 'closed', "closedAt" = $2, "closedBy" = $3, "updatedAt" = $2 WHERE "objectId" = $1 AND "status" = 'open'`, [activityId, at, user.id])
    return { credited, hours, noShows }
  })
}
