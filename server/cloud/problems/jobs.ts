/**
 * Timed work of problems, each a function of the moment it runs and safe to run twice for it:
 * - problemEscalation: an open problem past its reply or solve deadline is flagged and escalated to
 *   its community's staff (level 1), and one working day later, if still overdue, to street staff (level 2);
 * - problemAutoConfirm: a solved problem the resident has not answered for 7 days counts as confirmed;
 * - visitDayReminder: on the 14th, handlers (grid leaders, stewards, community staff) are reminded of
 *   tomorrow's visit day, once per street and month.
 */
import { addWorkingDays, AUTO_CONFIRM_DAYS, STREET_ESCALATION_WORKING_DAYS, VISIT_DAY } from '@/domain/problem'
import { APP_TIMEZONE, dayjs } from '@/domain/time'
import type { Job } from '../jobs'
import { notify, type Notification } from '../notify'
import { runtime } from '../runtime'
import { inTransaction } from '../sql'
import { addEvent, problemPage, tell } from './events'
import { insertRow } from '../db/rows'
import { roleMemberIds } from '../directory'
import { PAGES } from '@contract/pages'

const OPEN = `"status" IN ('received', 'answered', 'handling')`
const OVERDUE = `${OPEN} AND (("firstReplyAt" IS NULL AND "replyDueAt" < $1) OR "solveDueAt" < $1)`

interface Escalated {
  id: string
  community: string
  street: string
  handler: string | null
  category: string
}

async function escalate(at: Date): Promise<number> {
  const streetAt = addWorkingDays(at, STREET_ESCALATION_WORKING_DAYS)
  // Each UPDATE moves a problem up one level only when it is still at the level below: a second run finds nothing.
  const { toCommunity, toStreet } = await inTransaction(async (sql) => {
    const toCommunity = await sql<Escalated>(
      `UPDATE "Problem" SET "escalation" = 1, "escalatedAt" = $1, "streetEscalateAt" = $2, "updatedAt" = $1
       WHERE ${OVERDUE} AND COALESCE("escalation", 0) = 0
       RETURNING "objectId" AS id, "community", "street", "handler", "category"`,
      [at, streetAt],
    )
    const toStreet = await sql<Escalated>(
      `UPDATE "Problem" SET "escalation" = 2, "escalatedAt" = $1, "updatedAt" = $1
       WHERE ${OVERDUE} AND "escalation" = 1 AND "streetEscalateAt" <= $1
       RETURNING "objectId" AS id, "community", "street", "handler", "category"`,
      [at],
    )
    for (const p of toCommunity) await addEvent(sql, { problemId: p.id, kind: 'escalated', actor: null, text: '已逾期，提请社区工作人员督办', at })
    for (const p of toStreet) await addEvent(sql, { problemId: p.id, kind: 'escalated', actor: null, text: '仍未办结，提请街道工作人员督办', at })
    return { toCommunity, toStreet }
  })
  const members = new Map<string, Promise<string[]>>()
  const of = (role: string) => {
    if (!members.has(role)) members.set(role, roleMemberIds(role))
    return members.get(role)!
  }
  for (const p of toCommunity) {
    await tell([...(await of(`communityStaff_${p.community}`)), p.handler], null, p.id, '有问题已逾期', `一个“${p.category}”问题已超过办理时限，请督办。`)
  }
  for (const p of toStreet) {
    await tell([...(await of(`streetStaff_${p.street}`)), p.handler], null, p.id, '逾期问题升级到街道', `一个“${p.category}”问题逾期仍未办结，请街道督办。`)
  }
  return toCommunity.length + toStreet.length
}

async function autoConfirm(at: Date): Promise<number> {
  const cutoff = new Date(at.getTime() - AUTO_CONFIRM_DAYS * 86_400_000)
  const done = await inTransaction(async (sql) => {
    const rows = await sql<{ id: string; reporter: string | null; handler: string | null }>(
      `UPDATE "Problem" SET "status" = 'confirmed', "confirmedAt" = $1, "autoConfirmed" = true, "updatedAt" = $1
       WHERE "status" = 'solved' AND "solvedAt" <= $2 RETURNING "objectId" AS id, "reporter", "handler"`,
      [at, cutoff],
    )
    for (const p of rows) await addEvent(sql, { problemId: p.id, kind: 'autoConfirmed', actor: null, text: `${AUTO_CONFIRM_DAYS}天内未确认，视为已解决`, at })
    return rows
  })
  for (const p of done) await tell([p.reporter], null, p.id, '问题已视为解决', `${AUTO_CONFIRM_DAYS}天内没有收到您的确认，已视为解决；仍可以给这次处理打分。`)
  return done.length
}

async function remindVisitDay(at: Date): Promise<number> {
  const local = dayjs(at).tz(APP_TIMEZONE)
  if (local.date() !== VISIT_DAY - 1) return 0
  const month = local.format('YYYY-MM')
  const pool = runtime().pool
  const streets = (await pool.query<{ id: string }>('SELECT "objectId" AS id FROM "Street"')).rows
  let sent = 0
  for (const s of streets) {
    // The row is the reminder's receipt: only the run that inserts it sends.
    const claimed = await insertRow(undefined, 'VisitDayReminder', { street: s.id, month }, { at, onConflict: { target: '("street", "month") WHERE true' } })
    if (!claimed) continue
    const { rows } = await pool.query<{ id: string }>(
      `SELECT mg."leader" AS id FROM "MicroGrid" mg JOIN "Community" c ON c."objectId" = mg."community" WHERE c."street" = $1 AND mg."leader" IS NOT NULL
       UNION SELECT sa."steward" FROM "StewardAssignment" sa JOIN "Community" c ON c."objectId" = sa."community" WHERE c."street" = $1 AND sa."endedAt" IS NULL
       UNION SELECT j."relatedId" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" JOIN "Community" c ON r."name" = 'communityStaff_' || c."objectId" WHERE c."street" = $1`,
      [s.id],
    )
    const items: Notification[] = rows.map((r) => ({
      userId: r.id,
      kind: 'problemUpdate',
      title: `明天是${VISIT_DAY}日集中走访日`,
      body: '请安排好走访；收集到的问题可在“问题处理 → 走访登记”里录入。',
      page: PAGES.problemQueue,
      refId: `visit-${month}`,
    }))
    await notify(items)
    await pool.query('UPDATE "VisitDayReminder" SET "sent" = $1 WHERE "street" = $2 AND "month" = $3', [items.length, s.id, month])
    sent += items.length
  }
  return sent
}

export const problemJobs: Job[] = [
  { name: 'problemEscalation', everyMs: 10 * 60_000, run: escalate },
  { name: 'problemAutoConfirm', everyMs: 60 * 60_000, run: autoConfirm },
  { name: 'visitDayReminder', everyMs: 60 * 60_000, run: remindVisitDay },
]

export { problemPage }
