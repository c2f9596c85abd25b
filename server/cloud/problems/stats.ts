/**
 * The numbers (problemStats): one SQL definition of every rate, computed from the records of the
 * problems reported in a period, for the street, a community or a grid. docs/api.md writes the
 * same definitions down; nothing here is typed in by hand.
 */
import type { ProblemStatRow, ProblemStats } from '@contract/api-problems'
import type { PlaceRef } from '@contract/domain'
import { dayjs, APP_TIMEZONE } from '@/domain/time'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { staffScopeOf } from '../directory'
import { runtime } from '../runtime'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const MAX_DAYS = 731

/** The aggregate columns over problems `p`; $1 is the moment "overdue" is judged at. */
const AGGREGATES = `count(*)::int AS total,
  count(p."firstReplyAt")::int AS replied,
  (count(*) FILTER (WHERE p."status" IN ('solved', 'confirmed')))::int AS solved,
  (count(*) FILTER (WHERE p."status" = 'confirmed'))::int AS confirmed,
  count(p."rating")::int AS rated,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (p."firstReplyAt" - p."reportedAt")) / 3600) AS "medianFirstReplyHours",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (p."solvedAt" - p."reportedAt")) / 3600)
    FILTER (WHERE p."status" IN ('solved', 'confirmed')) AS "medianSolveHours",
  (count(*) FILTER (WHERE p."status" IN ('received', 'answered', 'handling')
    AND ((p."firstReplyAt" IS NULL AND p."replyDueAt" < $1) OR p."solveDueAt" < $1)))::int AS overdue,
  avg(p."rating")::float8 AS satisfaction`

interface AggRow {
  total: number
  replied: number
  solved: number
  confirmed: number
  rated: number
  medianFirstReplyHours: number | null
  medianSolveHours: number | null
  overdue: number
  satisfaction: number | null
}

const round = (x: number | null, digits: number): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits)
const rate = (part: number, whole: number): number | null => (whole ? round(part / whole, 4) : null)

export function statRowOf(a: AggRow): ProblemStatRow {
  return {
    total: a.total,
    replied: a.replied,
    solved: a.solved,
    confirmed: a.confirmed,
    rated: a.rated,
    replyRate: rate(a.replied, a.total),
    solveRate: rate(a.solved, a.total),
    confirmedRate: rate(a.confirmed, a.solved),
    medianFirstReplyHours: round(a.medianFirstReplyHours === null ? null : Number(a.medianFirstReplyHours), 1),
    medianSolveHours: round(a.medianSolveHours === null ? null : Number(a.medianSolveHours), 1),
    overdue: a.overdue,
    satisfaction: round(a.satisfaction === null ? null : Number(a.satisfaction), 2),
  }
}

interface Scope {
  street: string
  community: string | null
  grid: string | null
  name: string
}

async function one<R extends object>(text: string, values: unknown[]): Promise<R | undefined> {
  return (await runtime().pool.query<R>(text, values)).rows[0]
}

/** Where the caller may look: street staff anywhere in their street; community staff their community and its grids. */
async function scopeFor(user: Parse.User, communityId?: string, gridId?: string): Promise<Scope> {
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length && !staff.communityIds.length) forbidden('只有社区和街道工作人员可以查看问题统计。')
  let community = communityId ?? null
  let gridName: string | null = null
  if (gridId) {
    const g = await one<{ community: string; name: string }>('SELECT "community", "name" FROM "Grid" WHERE "objectId" = $1', [gridId])
    if (!g) notFound('没有找到这个网格。')
    if (community && community !== g.community) invalid('这个网格不在所选社区。')
    community = g.community
    gridName = g.name
  }
  if (!community && !staff.streetIds.length) community = staff.communityIds[0]
  if (community) {
    const c = await one<{ street: string; name: string }>('SELECT "street", "name" FROM "Community" WHERE "objectId" = $1', [community])
    if (!c) notFound('没有找到这个社区。')
    if (!staff.streetIds.includes(c.street) && !staff.communityIds.includes(community)) forbidden('您只能查看自己所在社区的问题统计。')
    return { street: c.street, community, grid: gridId ?? null, name: gridName ? `${c.name}${gridName}` : c.name }
  }
  const s = await one<{ name: string }>('SELECT "name" FROM "Street" WHERE "objectId" = $1', [staff.streetIds[0]])
  return { street: staff.streetIds[0], community: null, grid: null, name: s?.name ?? '' }
}

function period(from: string, to: string): [Date, Date] {
  if (!DAY.test(from) || !dayjs.tz(from, APP_TIMEZONE).isValid()) invalid('开始日期格式不对，请重新选择。')
  if (!DAY.test(to) || !dayjs.tz(to, APP_TIMEZONE).isValid()) invalid('结束日期格式不对，请重新选择。')
  const start = dayjs.tz(from, APP_TIMEZONE)
  const end = dayjs.tz(to, APP_TIMEZONE).add(1, 'day')
  if (!end.isAfter(start)) invalid('结束日期不能早于开始日期。')
  if (end.diff(start, 'day') > MAX_DAYS) invalid('统计范围最长两年，请缩短日期范围。')
  return [start.toDate(), end.toDate()]
}

export async function problemStats(user: Parse.User, params: { from: string; to: string; communityId?: string; gridId?: string }): Promise<ProblemStats> {
  const [start, end] = period(params.from, params.to)
  const scope = await scopeFor(user, params.communityId, params.gridId)
  const values: unknown[] = [now(), scope.street, start, end]
  let where = `p."street" = $2 AND p."reportedAt" >= $3 AND p."reportedAt" < $4`
  if (scope.community) {
    values.push(scope.community)
    where += ` AND p."community" = $${values.length}`
  }
  if (scope.grid) {
    values.push(scope.grid)
    where += ` AND p."grid" = $${values.length}`
  }
  const pool = runtime().pool
  const [total, months, places] = await Promise.all([
    pool.query<AggRow>(`SELECT ${AGGREGATES} FROM "Problem" p WHERE ${where}`, values),
    pool.query<AggRow & { month: string }>(
      `SELECT to_char(p."reportedAt" AT TIME ZONE '${APP_TIMEZONE}', 'YYYY-MM') AS month, ${AGGREGATES} FROM "Problem" p WHERE ${where} GROUP BY 1 ORDER BY 1`,
      values,
    ),
    // The street by community, a community by grid, a grid by micro-grid.
    scope.grid
      ? pool.query<AggRow & { id: string; name: string }>(
          `SELECT mg."objectId" AS id, mg."name", ${AGGREGATES} FROM "Problem" p JOIN "MicroGrid" mg ON mg."objectId" = p."microGrid" WHERE ${where} GROUP BY 1, 2 ORDER BY 2`,
          values,
        )
      : scope.community
        ? pool.query<AggRow & { id: string; name: string }>(
            `SELECT g."objectId" AS id, g."name", ${AGGREGATES} FROM "Problem" p JOIN "Grid" g ON g."objectId" = p."grid" WHERE ${where} GROUP BY 1, 2 ORDER BY 2`,
            values,
          )
        : pool.query<AggRow & { id: string; name: string; code: string }>(
            `SELECT c."objectId" AS id, c."name", c."code", ${AGGREGATES} FROM "Problem" p JOIN "Community" c ON c."objectId" = p."community" WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 3`,
            values,
          ),
  ])
  return {
    ...statRowOf(total.rows[0]),
    byMonth: months.rows.map((r) => ({ month: r.month, ...statRowOf(r) })),
    byPlace: places.rows.map((r) => ({ id: r.id, name: r.name, ...statRowOf(r) })),
    scopeName: scope.name,
  }
}

/** The street (street staff), the communities and grids the caller may ask about. */
export async function problemStatScopes(user: Parse.User): Promise<{ street: PlaceRef | null; communities: PlaceRef[]; grids: Array<PlaceRef & { communityId: string }> }> {
  const staff = await staffScopeOf(user)
  const pool = runtime().pool
  const street = staff.streetIds[0] ? await one<PlaceRef>('SELECT "objectId" AS id, "name" FROM "Street" WHERE "objectId" = $1', [staff.streetIds[0]]) : undefined
  const communities = (
    await pool.query<PlaceRef>('SELECT "objectId" AS id, "name" FROM "Community" WHERE "street" = ANY($1) OR "objectId" = ANY($2) ORDER BY "code"', [staff.streetIds, staff.communityIds])
  ).rows
  const grids = (
    await pool.query<PlaceRef & { communityId: string }>(
      'SELECT "objectId" AS id, "name", "community" AS "communityId" FROM "Grid" WHERE "community" = ANY($1) ORDER BY length("name"), "name"',
      [communities.map((c) => c.id)],
    )
  ).rows
  return { street: street ?? null, communities, grids }
}
