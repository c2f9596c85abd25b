/** Solve deadlines per category: a street may set its own (ProblemRule); DEFAULT_SOLVE_DAYS otherwise. */
import type { ProblemCategory, ProblemRule } from '@contract/api-problems'
import { DEFAULT_SOLVE_DAYS, PROBLEM_CATEGORIES, validateSolveDays } from '@/domain/problem'
import { forbidden, invalid } from '../errors'
import { staffScopeOf } from '../directory'
import { runtime } from '../runtime'
import { type Sql } from '../sql'
import { now } from '../clock'
import { residentPlace } from './places'
import { insertRow } from '../db/rows'

export async function solveDaysFor(streetId: string, category: ProblemCategory, sql?: Sql): Promise<number> {
  const text = 'SELECT "solveDays" FROM "ProblemRule" WHERE "street" = $1 AND "category" = $2'
  const rows = sql ? await sql<{ solveDays: number }>(text, [streetId, category]) : (await runtime().pool.query<{ solveDays: number }>(text, [streetId, category])).rows
  return rows[0]?.solveDays ?? DEFAULT_SOLVE_DAYS
}

async function rulesOf(streetId: string | null): Promise<ProblemRule[]> {
  const { rows } = streetId
    ? await runtime().pool.query<{ category: string; solveDays: number }>('SELECT "category", "solveDays" FROM "ProblemRule" WHERE "street" = $1', [streetId])
    : { rows: [] }
  const set = new Map(rows.map((r) => [r.category, r.solveDays]))
  return PROBLEM_CATEGORIES.map((category) => ({ category, solveDays: set.get(category) ?? DEFAULT_SOLVE_DAYS }))
}

/** The caller's street: where they are street staff, else where they live or are staff. */
async function streetOf(user: Parse.User): Promise<string | null> {
  const staff = await staffScopeOf(user)
  if (staff.streetIds[0]) return staff.streetIds[0]
  if (staff.communityIds[0]) {
    const { rows } = await runtime().pool.query<{ street: string }>('SELECT "street" FROM "Community" WHERE "objectId" = $1', [staff.communityIds[0]])
    if (rows[0]) return rows[0].street
  }
  return (await residentPlace(user.id ?? ''))?.street ?? null
}

export async function problemRules(user: Parse.User): Promise<{ rules: ProblemRule[] }> {
  return { rules: await rulesOf(await streetOf(user)) }
}

/** Street staff set a category's solve deadline for their street; one row per street and category (unique index). */
export async function setProblemRule(user: Parse.User, rule: ProblemRule): Promise<ProblemRule> {
  const streetId = (await staffScopeOf(user)).streetIds[0]
  if (!streetId) forbidden('只有街道工作人员可以设置办结时限。')
  if (!PROBLEM_CATEGORIES.includes(rule.category)) invalid('请选择问题类别。')
  const bad = validateSolveDays(rule.solveDays)
  if (bad) invalid(bad)
  const at = now()
  await insertRow(undefined, 'ProblemRule', { street: streetId, category: rule.category, solveDays: rule.solveDays }, {
    at,
    onConflict: { target: '("street", "category") WHERE true', update: ['solveDays'] },
  })
  return { category: rule.category, solveDays: rule.solveDays }
}
