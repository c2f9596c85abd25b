/**
 * The directory: who holds which role, who looks after which building (stewards) and where a
 * staff member may act. Every access check asks here instead of keeping its own copy.
 * Staff roles are scoped by name (communityStaff_<communityId>, streetStaff_<streetId>); the
 * plain app roles only say someone is staff somewhere. Memberships are read in SQL where a
 * path is hot and changed only through Parse (master key), which also clears Parse's role cache.
 */
import type { PlaceRef, RoleName } from '@contract/domain'
import { ROLE_NAMES } from '@contract/domain'
import { query, type Db } from './db/rows'
import { textOf } from './fields'
import { idOf, pointer } from './ids'
import { Parse } from './parse'

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

/** The app-level roles (resident, steward, ...) a user holds. */
export async function rolesOf(user: Parse.User): Promise<RoleName[]> {
  const roles = await new Parse.Query(Parse.Role).equalTo('users', user).containedIn('name', ROLE_NAMES as string[]).find(MASTER)
  const names = new Set(roles.map((r) => r.get('name') as string))
  return ROLE_NAMES.filter((n) => names.has(n))
}

/** The stewards looking after a building now, earliest assigned first. */
export async function currentStewardUserIds(buildingId: string): Promise<string[]> {
  const rows = await new Parse.Query('StewardAssignment')
    .equalTo('building', pointer('Building', buildingId))
    .doesNotExist('endedAt')
    .ascending('startedAt')
    .find(MASTER)
  return rows.map((r) => idOf(r.get('steward') as Parse.User))
}

/** The people looking after a building now (any order; SQL, for hot paths). */
export async function stewardIdsOf(buildingId: string, db?: Db): Promise<string[]> {
  const rows = await query<{ steward: string }>(db, 'SELECT DISTINCT "steward" FROM "StewardAssignment" WHERE "building" = $1 AND "endedAt" IS NULL', [buildingId])
  return rows.map((r) => r.steward)
}

/** Buildings a user looks after now (in the caller's transaction when db is given). */
export async function stewardBuildingIds(userId: string, db?: Db): Promise<string[]> {
  const rows = await query<{ building: string }>(db, 'SELECT DISTINCT "building" FROM "StewardAssignment" WHERE "steward" = $1 AND "endedAt" IS NULL', [userId])
  return rows.map((r) => r.building)
}

/** The users holding a role now (the staff of a community: communityStaff_<id>). */
export async function roleMemberIds(roleName: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    undefined,
    `SELECT j."relatedId" AS id FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE r."name" = $1`,
    [roleName],
  )
  return rows.map((r) => r.id)
}

/** The communities a user is staff of now (their communityStaff_<id> roles), read from the role table. */
export async function staffCommunityIds(userId: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    undefined,
    `SELECT r."name" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE j."relatedId" = $1 AND r."name" LIKE 'communityStaff\\_%'`,
    [userId],
  )
  return rows.map((r) => r.name.slice(COMMUNITY.length))
}

/** The role of that name, made (readable by nobody but the master key) if a fresh database lacks it. */
async function roleNamed(name: string): Promise<Parse.Role> {
  const found = await new Parse.Query(Parse.Role).equalTo('name', name).first(MASTER)
  if (found) return found
  try {
    return await new Parse.Role(name, new Parse.ACL()).save(null, MASTER)
  } catch (err) {
    // Two first members at once: the other request made it.
    const made = await new Parse.Query(Parse.Role).equalTo('name', name).first(MASTER)
    if (made) return made
    throw err
  }
}

/** Adds a user to roles (idempotent). Parse forgets its cached roles on the save, so they count at once. */
export async function joinRoles(userId: string, names: string[]): Promise<void> {
  for (const name of names) {
    const role = await roleNamed(name)
    role.getUsers().add(pointer('_User', userId) as Parse.User)
    await role.save(null, MASTER)
  }
}

/** Takes a user out of roles (all they hold when names is absent). */
export async function leaveRoles(userId: string, names?: string[]): Promise<void> {
  const q = new Parse.Query(Parse.Role).equalTo('users', pointer('_User', userId))
  if (names) q.containedIn('name', names)
  for (const role of await q.limit(1000).find(MASTER)) {
    role.getUsers().remove(pointer('_User', userId) as Parse.User)
    await role.save(null, MASTER)
  }
}
