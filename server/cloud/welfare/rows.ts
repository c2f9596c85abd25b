/** Welfare rows as PostgreSQL gives them (Parse's layout), and their mapping to the contract's shapes. */
import type { PlaceRef, UploadRef } from '@contract/domain'
import type {
  ApplicantKind,
  BudgetItem,
  WelfareApplicationFields,
  WelfareApplicationSummary,
  WelfareCategory,
  WelfareCriterion,
  WelfareProgramme,
  WelfareStatus,
} from '@contract/api-welfare'
import { phaseOf, publicApplicantName } from '@/domain/welfare'
import { isoDay } from '@/domain/time'
import { now } from '../clock'
import { notFound } from '../errors'
import { REMOVED_NAME } from '../queries/people'
import { runtime } from '../runtime'
import type { Sql } from '../sql'

export interface ProgrammeRow {
  objectId: string
  street: string
  name: string
  budgetFen: number
  capFen: number
  approvedFen: number
  opensOn: string
  closesOn: string
  categories: WelfareCategory[] | null
  criteria: WelfareCriterion[] | null
}

export interface ApplicationRow {
  objectId: string
  programme: string
  street: string
  applicant: string | null
  status: WelfareStatus
  applicantKind: ApplicantKind | null
  orgName: string | null
  orgRegNo: string | null
  showFullName: boolean | null
  projectName: string | null
  category: WelfareCategory | null
  beneficiaries: string | null
  beneficiaryCount: number | null
  communityIds: string[] | null
  startDate: string | null
  endDate: string | null
  items: BudgetItem[] | null
  totalFen: number | null
  description: string | null
  outcomes: string | null
  attachments: UploadRef[] | null
  approvedFen: number | null
  submittedAt: Date | null
  approvedAt: Date | null
  updatedAt: Date
}

/** The columns an application's fields are kept in (jsonb ones marked). */
export const FIELD_COLUMNS: Array<[keyof WelfareApplicationFields, string, 'json' | 'plain']> = [
  ['applicantKind', 'applicantKind', 'plain'],
  ['orgName', 'orgName', 'plain'],
  ['orgRegNo', 'orgRegNo', 'plain'],
  ['showFullName', 'showFullName', 'plain'],
  ['projectName', 'projectName', 'plain'],
  ['category', 'category', 'plain'],
  ['beneficiaries', 'beneficiaries', 'plain'],
  ['beneficiaryCount', 'beneficiaryCount', 'plain'],
  ['communityIds', 'communityIds', 'json'],
  ['startDate', 'startDate', 'plain'],
  ['endDate', 'endDate', 'plain'],
  ['items', 'items', 'json'],
  ['totalFen', 'totalFen', 'plain'],
  ['description', 'description', 'plain'],
  ['outcomes', 'outcomes', 'plain'],
]

/** Today in the street by the server's clock (moved in tests). */
export function today(): string {
  return isoDay(now())
}

export function programmeOf(r: ProgrammeRow, streetName: string): WelfareProgramme {
  return {
    id: r.objectId,
    street: { id: r.street, name: streetName },
    name: r.name,
    budgetFen: Number(r.budgetFen),
    capFen: Number(r.capFen),
    approvedFen: Number(r.approvedFen ?? 0),
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    categories: r.categories ?? [],
    criteria: r.criteria ?? [],
    phase: phaseOf(r, today()),
  }
}

export async function programmeRow(id: string, sql?: Sql): Promise<ProgrammeRow> {
  const text = 'SELECT * FROM "WelfareProgramme" WHERE "objectId" = $1'
  const rows = sql ? await sql<ProgrammeRow>(text, [id]) : (await runtime().pool.query<ProgrammeRow>(text, [id])).rows
  if (!rows[0]) notFound('没有找到这一期彩虹桥项目。')
  return rows[0]
}

export async function applicationRow(id: string): Promise<ApplicationRow | undefined> {
  const { rows } = await runtime().pool.query<ApplicationRow>('SELECT * FROM "WelfareApplication" WHERE "objectId" = $1', [id])
  return rows[0]
}

export function fieldsOf(r: ApplicationRow): WelfareApplicationFields {
  const out: WelfareApplicationFields = {}
  for (const [field, column] of FIELD_COLUMNS) {
    const v = (r as unknown as Record<string, unknown>)[column]
    if (v !== null && v !== undefined) (out as Record<string, unknown>)[field] = column === 'beneficiaryCount' || column === 'totalFen' ? Number(v) : v
  }
  if (r.attachments?.length) out.attachmentIds = r.attachments.map((a) => a.id)
  return out
}

/** Names of communities by id, in the order given. */
export async function communityNames(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { rows } = await runtime().pool.query<{ objectId: string; name: string }>('SELECT "objectId", "name" FROM "Community" WHERE "objectId" = ANY($1)', [ids])
  return new Map(rows.map((r) => [r.objectId, r.name]))
}

export function refs(ids: string[] | null, names: Map<string, string>): PlaceRef[] {
  return (ids ?? []).filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }))
}

/** Person names of applicants by user id (from their profile; an erased one reads 已注销用户). */
export async function personNames(userIds: Array<string | null>): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const { rows } = await runtime().pool.query<{ user: string; name: string }>('SELECT "user", "name" FROM "Resident" WHERE "user" = ANY($1)', [ids])
  const names = new Map(rows.map((r) => [r.user, r.name]))
  return new Map(ids.map((id) => [id, names.get(id) ?? REMOVED_NAME]))
}

export function publicNameOf(r: ApplicationRow, persons: Map<string, string>): string {
  const person = (r.applicant && persons.get(r.applicant)) || REMOVED_NAME
  // An erased person is not masked: 已** would read as someone's surname.
  if (person === REMOVED_NAME && (r.applicantKind ?? 'self') === 'self') return REMOVED_NAME
  return publicApplicantName({ applicantKind: r.applicantKind ?? undefined, orgName: r.orgName ?? undefined, showFullName: r.showFullName === true }, person)
}

/** Summaries of rows for lists. */
export async function summaries(rows: ApplicationRow[]): Promise<WelfareApplicationSummary[]> {
  const [names, persons] = await Promise.all([communityNames([...new Set(rows.flatMap((r) => r.communityIds ?? []))]), personNames(rows.map((r) => r.applicant))])
  return rows.map((r) => ({
    id: r.objectId,
    programmeId: r.programme,
    projectName: r.projectName ?? '未命名项目',
    category: r.category,
    status: r.status,
    totalFen: Number(r.totalFen ?? 0),
    approvedFen: r.approvedFen === null ? null : Number(r.approvedFen),
    publicName: publicNameOf(r, persons),
    communities: refs(r.communityIds, names),
    updatedAt: r.updatedAt.toISOString(),
  }))
}

export async function streetName(streetId: string): Promise<string> {
  const { rows } = await runtime().pool.query<{ name: string }>('SELECT "name" FROM "Street" WHERE "objectId" = $1', [streetId])
  return rows[0]?.name ?? ''
}
