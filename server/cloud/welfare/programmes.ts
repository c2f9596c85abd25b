/** Programmes (calls for projects) and what everyone may see of them: budget used and left, counts by status, funded projects. */
import type { FundedProject, FundedProjectView, WelfareProgramme, WelfareProgrammeInput, WelfareStatus } from '@contract/api-welfare'
import { PUBLIC_COUNT_STATUSES, validateProgramme } from '@/domain/welfare'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { staffScopeOf } from '../directory'
import { runtime } from '../runtime'
import { newObjectId } from '../sql'
import { progressOf } from './applications'
import { communityNames, personNames, programmeOf, programmeRow, publicNameOf, streetName, type ApplicationRow, type ProgrammeRow } from './rows'
import { insertRow } from '../db/rows'

export async function listProgrammes(): Promise<{ items: WelfareProgramme[] }> {
  const { rows } = await runtime().pool.query<ProgrammeRow & { streetName: string }>(
    'SELECT p.*, s."name" AS "streetName" FROM "WelfareProgramme" p JOIN "Street" s ON s."objectId" = p."street" ORDER BY p."opensOn" DESC, p."objectId" LIMIT 50',
  )
  return { items: rows.map((r) => programmeOf(r, r.streetName)) }
}

export async function getProgramme(programmeId: string): Promise<{ programme: WelfareProgramme; byStatus: Partial<Record<WelfareStatus, number>> }> {
  const p = await programmeRow(programmeId)
  const { rows } = await runtime().pool.query<{ status: WelfareStatus; n: number }>(
    `SELECT "status", count(*)::int AS n FROM "WelfareApplication" WHERE "programme" = $1 AND "status" = ANY($2) GROUP BY "status"`,
    [programmeId, PUBLIC_COUNT_STATUSES],
  )
  return { programme: programmeOf(p, await streetName(p.street)), byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])) }
}

/** Street staff open a programme for their street (or edit one; the budget never drops below what is approved). */
export async function saveProgramme(user: Parse.User, params: WelfareProgrammeInput & { programmeId?: string }): Promise<{ programmeId: string }> {
  const staff = await staffScopeOf(user)
  const streetId = staff.streetIds[0]
  if (!streetId) forbidden('只有街道工作人员可以发布彩虹桥项目。')
  const v = validateProgramme(params as unknown as Record<string, unknown>)
  if (!v.ok) invalid(v.first)
  const x = v.value
  const at = now()
  if (params.programmeId) {
    const p = await programmeRow(params.programmeId)
    if (!staff.streetIds.includes(p.street)) forbidden('您只能修改本街道的彩虹桥项目。')
    const { rowCount } = await runtime().pool.query(
      `UPDATE "WelfareProgramme" SET "name" = $2, "budgetFen" = $3, "capFen" = $4, "opensOn" = $5, "closesOn" = $6, "categories" = $7::jsonb, "criteria" = $8::jsonb, "updatedAt" = $9
       WHERE "objectId" = $1 AND "approvedFen" <= $3`,
      [p.objectId, x.name, x.budgetFen, x.capFen, x.opensOn, x.closesOn, JSON.stringify(x.categories), JSON.stringify(x.criteria), at],
    )
    if (!rowCount) invalid('总预算不能少于已批准的金额。')
    return { programmeId: p.objectId }
  }
  const id = newObjectId()
  const { name, budgetFen, capFen, opensOn, closesOn, categories, criteria } = x
  await insertRow(undefined, 'WelfareProgramme', { street: streetId, name, budgetFen, capFen, approvedFen: 0, opensOn, closesOn, categories, criteria, createdBy: user.id }, { id, at })
  return { programmeId: id }
}

const FUNDED = `"status" IN ('approved', 'completed')`

async function fundedOf(rows: ApplicationRow[]): Promise<FundedProject[]> {
  const [names, persons] = await Promise.all([communityNames([...new Set(rows.flatMap((r) => r.communityIds ?? []))]), personNames(rows.map((r) => r.applicant))])
  return rows.map((r) => ({
    id: r.objectId,
    name: r.projectName ?? '',
    applicantName: publicNameOf(r, persons),
    amountFen: Number(r.approvedFen ?? 0),
    status: r.status as FundedProject['status'],
    category: r.category ?? '其他',
    communities: (r.communityIds ?? []).map((id) => names.get(id)).filter((n): n is string => !!n),
  }))
}

/** Everyone sees a programme's funded projects: name, applicant as they chose to be shown, amount, communities, status. */
export async function listFunded(programmeId: string): Promise<{ items: FundedProject[]; budgetFen: number; approvedFen: number }> {
  const p = await programmeRow(programmeId)
  const { rows } = await runtime().pool.query<ApplicationRow>(`SELECT * FROM "WelfareApplication" WHERE "programme" = $1 AND ${FUNDED} ORDER BY "approvedAt" DESC NULLS LAST, "objectId"`, [programmeId])
  return { items: await fundedOf(rows), budgetFen: Number(p.budgetFen), approvedFen: Number(p.approvedFen ?? 0) }
}

export async function getFunded(applicationId: string): Promise<{ project: FundedProjectView }> {
  const { rows } = await runtime().pool.query<ApplicationRow>(`SELECT * FROM "WelfareApplication" WHERE "objectId" = $1 AND ${FUNDED}`, [applicationId])
  if (!rows[0]) notFound('没有找到这个资助项目。')
  const [item] = await fundedOf(rows)
  const r = rows[0]
  return {
    project: { ...item, description: r.description ?? '', outcomes: r.outcomes ?? '', startDate: r.startDate ?? '', endDate: r.endDate ?? '', progress: await progressOf(r.objectId) },
  }
}
