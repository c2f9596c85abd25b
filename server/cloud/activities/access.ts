/**
 * Who may do what with activities. Street staff create for any community of their street,
 * community staff for their own community. The organiser is the creating staff member or a
 * person of the activity's communities they name (a steward, grid leader or resident volunteer);
 * the organiser and staff over the activity manage it (codes, attendance, confirmation).
 */
import type { RoleName } from '@contract/domain'
import { ROLE_LABELS } from '@/domain/roles'
import { forbidden, notFound } from '../errors'
import { rolesOf } from '../queries/people'
import { staffScopeOf, type StaffScope } from '../directory'
import { pointer } from '../ids'
import { runtime } from '../runtime'

export const NOT_STAFF = '只有社区或街道工作人员可以发起活动。'
export const NOT_MANAGER = '只有活动组织者或负责该活动的工作人员可以进行此操作。'
export const ACTIVITY_NOT_FOUND = '没有找到这个活动，它可能已被取消。'

export interface ActivityRow {
  objectId: string
  title: string
  theme: string
  street: string
  campaign: string | null
  communityIds: string[] | null
  startsAt: Date
  endsAt: Date
  signupDeadline: Date
  placeText: string
  placeCommunity: string | null
  placeBuilding: string | null
  capacity: number
  confirmedCount: number | null
  waitlistCount: number | null
  signupSeq: number | null
  description: string | null
  bring: string | null
  fixedHours: number | null
  organiser: string
  organiserRole: string | null
  createdBy: string
  status: string
}

export async function loadActivity(activityId: string, lock?: (text: string, values: unknown[]) => Promise<ActivityRow[]>): Promise<ActivityRow> {
  const text = `SELECT * FROM "Activity" WHERE "objectId" = $1${lock ? ' FOR UPDATE' : ''}`
  const rows = lock ? await lock(text, [activityId]) : (await runtime().pool.query<ActivityRow>(text, [activityId])).rows
  if (!rows[0]) notFound(ACTIVITY_NOT_FOUND)
  return rows[0]
}

/** Staff over an activity: street staff of its street, community staff of one of its communities. */
export function isStaffOverActivity(staff: StaffScope, a: Pick<ActivityRow, 'street' | 'communityIds' | 'placeCommunity'>): boolean {
  if (staff.streetIds.includes(a.street)) return true
  const ids = [...(a.communityIds ?? []), ...(a.placeCommunity ? [a.placeCommunity] : [])]
  return ids.some((id) => staff.communityIds.includes(id))
}

export async function canManageActivity(user: Parse.User, a: ActivityRow): Promise<boolean> {
  if (a.organiser === user.id) return true
  return isStaffOverActivity(await staffScopeOf(user), a)
}

export async function requireManager(user: Parse.User, a: ActivityRow): Promise<void> {
  if (!(await canManageActivity(user, a))) forbidden(NOT_MANAGER)
}

/** The street of each community id given; an id of no community is a 119 (it is not theirs to pick). */
export async function streetsOfCommunities(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = (await runtime().pool.query<{ objectId: string; street: string }>('SELECT "objectId", "street" FROM "Community" WHERE "objectId" = ANY($1)', [ids])).rows
  return new Map(rows.map((r) => [r.objectId, r.street]))
}

/** Decides the street and communities of a new activity from the creator's staff scope. */
export async function creationScope(user: Parse.User, requested: string[]): Promise<{ streetId: string; communityIds: string[]; role: RoleName }> {
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length && !staff.communityIds.length) forbidden(NOT_STAFF)
  const streets = await streetsOfCommunities(requested)
  if (streets.size !== requested.length) notFound('没有找到所选社区，请重新选择。')
  if (staff.streetIds.length) {
    const streetId = staff.streetIds[0]
    if (requested.some((id) => !staff.streetIds.includes(streets.get(id) ?? ''))) forbidden('您只能为自己所在街道的社区发起活动。')
    return { streetId: requested.length ? (streets.get(requested[0]) as string) : streetId, communityIds: requested, role: 'streetStaff' }
  }
  const communityIds = requested.length ? requested : [staff.communityIds[0]]
  if (communityIds.some((id) => !staff.communityIds.includes(id))) forbidden('社区工作人员只能为自己所在社区发起活动。')
  const own = await streetsOfCommunities(communityIds)
  return { streetId: own.get(communityIds[0]) as string, communityIds, role: 'communityStaff' }
}

/** Resolves a named organiser by phone: someone living in the activity's communities (or street). */
export async function organiserByPhone(phone: string, streetId: string, communityIds: string[]): Promise<{ userId: string; role: string }> {
  const rows = (
    await runtime().pool.query<{ user: string; community: string | null; street: string | null }>(
      'SELECT "user", "community", "street" FROM "Resident" WHERE "phone" = $1 AND "user" IS NOT NULL LIMIT 1',
      [phone],
    )
  ).rows
  const r = rows[0]
  if (!r) notFound('没有找到这个手机号的居民，请核对组织者手机号。')
  const inside = communityIds.length ? communityIds.includes(r.community ?? '') : r.street === streetId
  if (!inside) forbidden('组织者必须是活动所面向社区的居民。')
  return { userId: r.user, role: await organiserRoleOf(r.user) }
}

/** The label shown beside an organiser's name: their most specific role. */
export async function organiserRoleOf(userId: string): Promise<string> {
  const roles = await rolesOf(pointer('_User', userId) as Parse.User)
  for (const r of ['streetStaff', 'communityStaff', 'steward', 'gridLeader'] as RoleName[]) if (roles.includes(r)) return ROLE_LABELS[r]
  return '志愿者'
}
