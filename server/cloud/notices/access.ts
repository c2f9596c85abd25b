/**
 * Who may publish where, who manages a notice, and which scopes a reader belongs to.
 * Stewards publish to the buildings they look after now; community staff to their community and
 * its buildings; street staff to the street and everything in it.
 */
import type { NoticeScope, RoleName } from '@contract/domain'
import { forbidden, notFound } from '../errors'
import { refIdOf } from '../fields'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { staffRoleFor, staffScopeOf, stewardBuildingIds, type StaffScope } from '../directory'
import { runtime } from '../runtime'

const MASTER = { useMasterKey: true } as const
const CLASS_OF: Record<NoticeScope, string> = { street: 'Street', community: 'Community', building: 'Building' }

/** A place a notice can be published to, with the pointers that scope it. */
export interface Target {
  scope: NoticeScope
  targetId: string
  streetId: string
  communityId: string | null
  buildingId: string | null
}

export interface Powers {
  stewardBuildingIds: string[]
  staff: StaffScope
}

/** Resolves a scope and id to a place of the street; unknown places are 101. */
export async function resolveTarget(scope: NoticeScope, targetId: string): Promise<Target> {
  const place = await new Parse.Query(CLASS_OF[scope]).get(targetId, MASTER).catch(() => undefined)
  if (!place) notFound('没有找到要发布到的地方，请重新选择。')
  if (scope === 'street') return { scope, targetId, streetId: idOf(place), communityId: null, buildingId: null }
  const streetId = refIdOf(place, 'street') ?? ''
  if (scope === 'community') return { scope, targetId, streetId, communityId: idOf(place), buildingId: null }
  return { scope, targetId, streetId, communityId: refIdOf(place, 'community'), buildingId: idOf(place) }
}

/** The buildings a user looks after now and where they are staff. */
export async function powersOf(user: Parse.User): Promise<Powers> {
  return { stewardBuildingIds: await stewardBuildingIds(idOf(user)), staff: await staffScopeOf(user) }
}

export function canPublishAtAll(p: Powers): boolean {
  return p.stewardBuildingIds.length > 0 || p.staff.communityIds.length > 0 || p.staff.streetIds.length > 0
}

/** The role under which someone publishes to a target, or null when they may not. */
export function publishRoleFor(p: Powers, t: Target): RoleName | null {
  if (t.scope === 'building' && t.buildingId && p.stewardBuildingIds.includes(t.buildingId)) return 'steward'
  return staffRoleFor(p.staff, { streetId: t.streetId, communityId: t.communityId })
}

export const NOT_A_PUBLISHER = '只有楼道红管家和社区、街道工作人员可以发布公告。'

/** Throws 119 with a sentence that says where the caller may publish. */
export function denyPublish(p: Powers, t: Target): never {
  if (!canPublishAtAll(p)) forbidden(NOT_A_PUBLISHER)
  if (p.staff.streetIds.length) forbidden('您只能向自己所在街道发布公告。')
  if (p.staff.communityIds.length) forbidden('您只能向自己所在社区及其楼栋发布公告。')
  forbidden(t.scope === 'building' ? '您只能向自己负责的楼栋发布公告。' : '红管家只能向自己负责的楼栋发布公告，不能发布到整个社区或街道。')
}

/** The publishing role for a target, or a 119 naming what the caller may do. */
export function requirePublishRole(p: Powers, t: Target): RoleName {
  return publishRoleFor(p, t) ?? denyPublish(p, t)
}

/** A notice row's ids that decide who manages it. */
export interface NoticeOwnership {
  publisherId: string | null
  streetId: string | null
  communityId: string | null
}

export function ownershipOf(n: Parse.Object): NoticeOwnership {
  return { publisherId: refIdOf(n, 'publisher'), streetId: refIdOf(n, 'street'), communityId: refIdOf(n, 'community') }
}

/** Staff over the notice's scope (a community's staff do not manage street notices). */
export function isStaffOver(staff: StaffScope, o: NoticeOwnership): boolean {
  return staffRoleFor(staff, { streetId: o.streetId, communityId: o.communityId }) !== null
}

/** The publisher or staff over the scope may edit, withdraw and see read stats. */
export async function canManage(user: Parse.User, o: NoticeOwnership): Promise<boolean> {
  if (o.publisherId && o.publisherId === user.id) return true
  return isStaffOver(await staffScopeOf(user), o)
}

/** Where a reader lives: the street, community and building whose notices reach them. */
export interface ReaderHome {
  streetId: string | null
  communityId: string | null
  buildingId: string | null
  room: string | null
}

export async function readerHome(userId: string): Promise<ReaderHome> {
  const rows = await runtime().pool.query<{ street: string | null; community: string | null; building: string | null; room: string | null }>(
    'SELECT "street", "community", "building", "room" FROM "Resident" WHERE "user" = $1 LIMIT 1',
    [userId],
  )
  const r = rows.rows[0]
  return { streetId: r?.street ?? null, communityId: r?.community ?? null, buildingId: r?.building ?? null, room: r?.room ?? null }
}

/** True when a notice's scope is one of the reader's. */
export function reaches(home: ReaderHome, scope: string, targetId: string): boolean {
  if (scope === 'street') return home.streetId === targetId
  if (scope === 'community') return home.communityId === targetId
  return scope === 'building' && home.buildingId === targetId
}
