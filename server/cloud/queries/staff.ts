/**
 * Where a staff member may act. Staff roles are scoped by name (communityStaff_<communityId>,
 * streetStaff_<streetId>); the plain app roles only say someone is staff somewhere.
 */
import type { RoleName } from '../../../types/domain'
import { Parse } from '../parse'
import { currentStewardUserIds } from './people'

const MASTER = { useMasterKey: true } as const
const COMMUNITY = 'communityStaff_'
const STREET = 'streetStaff_'

export interface StaffScope {
  communityIds: string[]
  streetIds: string[]
}

export interface PlaceScope {
  communityId: string | null
  streetId: string | null
}

/** The communities and streets a user is staff of. */
export async function staffScopeOf(user: Parse.User): Promise<StaffScope> {
  const roles = await new Parse.Query(Parse.Role).equalTo('users', user).limit(1000).find(MASTER)
  const names = roles.map((r) => r.get('name') as string)
  return {
    communityIds: names.filter((n) => n.startsWith(COMMUNITY)).map((n) => n.slice(COMMUNITY.length)),
    streetIds: names.filter((n) => n.startsWith(STREET)).map((n) => n.slice(STREET.length)),
  }
}

/** The staff role under which a scope covers a place, the street's first; null when it does not. */
export function staffRoleFor(scope: StaffScope, place: PlaceScope): RoleName | null {
  if (place.streetId && scope.streetIds.includes(place.streetId)) return 'streetStaff'
  if (place.communityId && scope.communityIds.includes(place.communityId)) return 'communityStaff'
  return null
}

/** True when the user is staff of that community (street staff are not: some work is the community's own). */
export async function isCommunityStaffOf(user: Parse.User, communityId: string): Promise<boolean> {
  return (await staffScopeOf(user)).communityIds.includes(communityId)
}

/** The role under which a user may open a resident's profile: staff of the place, or the building's steward. */
export async function profileRoleFor(user: Parse.User, place: PlaceScope & { buildingId: string | null }): Promise<RoleName | null> {
  const staff = staffRoleFor(await staffScopeOf(user), place)
  if (staff) return staff
  if (place.buildingId && user.id && (await currentStewardUserIds(place.buildingId)).includes(user.id)) return 'steward'
  return null
}
