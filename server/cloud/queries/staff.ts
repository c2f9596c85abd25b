/**
 * Where a staff member may act. Staff roles are scoped by name (communityStaff_<communityId>,
 * streetStaff_<streetId>); the plain app roles only say someone is staff somewhere.
 */
import type { PlaceRef, RoleName } from '../../../types/domain'
import { textOf } from '../fields'
import { idOf } from '../ids'
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

/** The names of every role a user holds: app roles and scoped roles alike. */
export async function roleNamesOf(user: Parse.User): Promise<string[]> {
  const roles = await new Parse.Query(Parse.Role).equalTo('users', user).limit(1000).find(MASTER)
  return roles.map((r) => r.get('name') as string)
}

/** The communities and streets that scoped role names make someone staff of. */
export function scopeOfRoleNames(names: string[]): StaffScope {
  return {
    communityIds: names.filter((n) => n.startsWith(COMMUNITY)).map((n) => n.slice(COMMUNITY.length)),
    streetIds: names.filter((n) => n.startsWith(STREET)).map((n) => n.slice(STREET.length)),
  }
}

/** The communities and streets a user is staff of. */
export async function staffScopeOf(user: Parse.User): Promise<StaffScope> {
  return scopeOfRoleNames(await roleNamesOf(user))
}

/** Communities by id as references, in the street's order (their codes); ids of no community are left out. */
export async function communityRefs(ids: string[]): Promise<PlaceRef[]> {
  if (!ids.length) return []
  const rows = await new Parse.Query('Community').containedIn('objectId', ids).ascending('code').limit(ids.length).find(MASTER)
  return rows.map((c) => ({ id: idOf(c), name: textOf(c, 'name') ?? '' }))
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
