/**
 * Who sees and who handles a problem. The reporter sees their own; the handler, the micro-grid's
 * leaders, the building's stewards and the staff of its community and street see it; only the
 * handler and that staff act on it; only staff reassign. Other residents never see a problem.
 */
import { forbidden, notFound } from '../errors'
import { staffScopeOf, stewardBuildingIds, type StaffScope } from '../directory'
import { runtime } from '../runtime'
import type { Sql } from '../sql'

export interface Viewer {
  userId: string
  staff: StaffScope
  stewardBuildingIds: string[]
  /** Micro-grids the viewer leads (leader or deputy). */
  microGridIds: string[]
}

/** A problem's columns that decide access. */
export interface AccessRow {
  id: string
  reporter: string | null
  handler: string | null
  street: string
  community: string
  microGrid: string | null
  building: string
  status: string
  showNameToHandler: boolean | null
}

export const ACCESS_COLUMNS = `p."objectId" AS id, p."reporter", p."handler", p."street", p."community", p."microGrid", p."building", p."status", p."showNameToHandler"`

export async function viewerOf(user: Parse.User): Promise<Viewer> {
  const userId = user.id ?? ''
  const pool = runtime().pool
  const [staff, stewards, grids] = await Promise.all([
    staffScopeOf(user),
    stewardBuildingIds(userId),
    pool.query<{ id: string }>(
      `SELECT "objectId" AS id FROM "MicroGrid" WHERE "leader" = $1 OR "deputies" @> jsonb_build_array(jsonb_build_object('objectId', $1::text))`,
      [userId],
    ),
  ])
  return { userId, staff, stewardBuildingIds: stewards, microGridIds: grids.rows.map((r) => r.id) }
}

/** Staff over the problem's community or street. */
export function isStaffOver(v: Viewer, p: Pick<AccessRow, 'street' | 'community'>): boolean {
  return v.staff.streetIds.includes(p.street) || v.staff.communityIds.includes(p.community)
}

/** Someone who handles problems somewhere (and so gets a sentence about this one, not a not-found). */
export function isHandlerAnywhere(v: Viewer): boolean {
  return v.staff.streetIds.length > 0 || v.staff.communityIds.length > 0 || v.stewardBuildingIds.length > 0 || v.microGridIds.length > 0
}

/** Sees it as a handler (not as its reporter). */
export function seesAsHandler(v: Viewer, p: AccessRow): boolean {
  return (
    p.handler === v.userId ||
    isStaffOver(v, p) ||
    v.stewardBuildingIds.includes(p.building) ||
    (!!p.microGrid && v.microGridIds.includes(p.microGrid))
  )
}

export function canSee(v: Viewer, p: AccessRow): boolean {
  return p.reporter === v.userId || seesAsHandler(v, p)
}

/** Replies, updates and marks solved: the handler and the staff over the place. */
export function canAct(v: Viewer, p: AccessRow): boolean {
  return p.handler === v.userId || isStaffOver(v, p)
}

/** May see the reporter's name: the reporter, and the handler or staff when the reporter allowed it. */
export function seesReporterName(v: Viewer, p: AccessRow): boolean {
  return p.reporter === v.userId || (p.showNameToHandler === true && canAct(v, p))
}

export const NOT_FOUND = '没有找到这个问题。'
export const RESIDENTS_CANNOT_HANDLE = '居民不能答复或办结问题，请等待网格长或社区工作人员处理。'
export const OTHER_GRID = '这个问题不归您处理，需由社区工作人员转派给您后才能处理。'

/** Reads a problem's access columns, locked for update inside a transaction when sql is given; 101 when it does not exist. */
export async function accessRow(problemId: string, sql?: Sql): Promise<AccessRow> {
  const text = `SELECT ${ACCESS_COLUMNS} FROM "Problem" p WHERE p."objectId" = $1${sql ? ' FOR UPDATE' : ''}`
  const rows = sql ? await sql<AccessRow>(text, [problemId]) : (await runtime().pool.query<AccessRow>(text, [problemId])).rows
  if (!rows[0]) notFound(NOT_FOUND)
  return rows[0]
}

/** Throws unless the viewer may act: 101 for those who cannot even see it, 119 with the reason for the rest. */
export function requireAct(v: Viewer, p: AccessRow): void {
  if (canAct(v, p)) return
  if (!isHandlerAnywhere(v)) {
    if (p.reporter === v.userId) forbidden(RESIDENTS_CANNOT_HANDLE)
    // A resident who is not the reporter learns nothing about the problem, not even that it exists.
    notFound(NOT_FOUND)
  }
  forbidden(OTHER_GRID)
}
