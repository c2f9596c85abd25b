/** Buildings as help and steward code needs them: where they are, and who may act on them. */
import { forbidden, notFound } from '../errors'
import { staffRoleFor, staffScopeOf } from '../queries/staff'
import { runtime } from '../runtime'
import type { Sql } from '../sql'

export interface BuildingPlace {
  id: string
  name: string
  compoundName: string
  communityId: string
  communityName: string
  streetId: string
}

/** A building with its compound, community and street; 101 when there is none. */
export async function buildingPlace(buildingId: string): Promise<BuildingPlace> {
  const { rows } = await runtime().pool.query<BuildingPlace>(
    `SELECT b."objectId" AS id, b."name", p."name" AS "compoundName", b."community" AS "communityId", c."name" AS "communityName", b."street" AS "streetId"
     FROM "Building" b JOIN "Compound" p ON p."objectId" = b."compound" JOIN "Community" c ON c."objectId" = b."community"
     WHERE b."objectId" = $1`,
    [buildingId],
  )
  const b = rows[0]
  if (!b) notFound('没有找到这栋楼，请重新选择。')
  return b
}

/** The building's name as residents read it: 银杏公寓1幢. */
export function buildingLabel(b: Pick<BuildingPlace, 'compoundName' | 'name'>): string {
  return `${b.compoundName}${b.name}`
}

/** Staff of the building's community or street may manage its stewards; others get 119 saying why. */
export async function requireStaffOver(user: Parse.User, b: BuildingPlace): Promise<'communityStaff' | 'streetStaff'> {
  const scope = await staffScopeOf(user)
  const role = staffRoleFor(scope, { streetId: b.streetId, communityId: b.communityId })
  if (role === 'communityStaff' || role === 'streetStaff') return role
  if (!scope.communityIds.length && !scope.streetIds.length) forbidden('只有社区和街道工作人员可以安排红管家。')
  forbidden('您只能管理本社区楼栋的红管家。')
}

/** Buildings a user looks after now. */
export async function stewardBuildingIds(userId: string, sql?: Sql): Promise<string[]> {
  const q = 'SELECT DISTINCT "building" FROM "StewardAssignment" WHERE "steward" = $1 AND "endedAt" IS NULL'
  const rows = sql ? await sql<{ building: string }>(q, [userId]) : (await runtime().pool.query<{ building: string }>(q, [userId])).rows
  return rows.map((r) => r.building)
}

/** Users holding a scoped role now (the staff of a community: communityStaff_<id>). */
export async function usersInRole(roleName: string): Promise<string[]> {
  const { rows } = await runtime().pool.query<{ relatedId: string }>(
    `SELECT j."relatedId" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE r."name" = $1`,
    [roleName],
  )
  return rows.map((r) => r.relatedId)
}

/** The communities a user is staff of now (their communityStaff_<id> roles), read from the role table. */
export async function staffCommunityIds(userId: string): Promise<string[]> {
  const { rows } = await runtime().pool.query<{ name: string }>(
    `SELECT r."name" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE j."relatedId" = $1 AND r."name" LIKE 'communityStaff\\_%'`,
    [userId],
  )
  return rows.map((r) => r.name.slice('communityStaff_'.length))
}
