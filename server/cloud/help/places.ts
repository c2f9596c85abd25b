/** Buildings as help and steward code needs them: where they are, and who may act on them. */
import { forbidden, notFound } from '../errors'
import { staffRoleFor, staffScopeOf } from '../directory'
import { runtime } from '../runtime'

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
