/**
 * The SQL of an approval: a Resident profile written from a registration, inside the caller's
 * transaction. Its ACL is exactly the seed's (server/seed/generate.ts): the person, the
 * building's stewards, the community's staff and the street's staff; nobody writes it directly.
 */
import { isRecentMoveIn } from '@/domain/time'
import { scopedRole } from '@/domain/roles'
import { type Sql } from '../sql'
import { expr, insertRow, updateRow } from '../db/rows'

/** A Registration row as PostgreSQL returns it. */
export interface RegistrationRecord {
  objectId: string
  user: string | null
  status: string
  name: string
  phone: string
  street: string
  community: string
  compound: string
  building: string
  room: string
  moveInDate: string
  birthYear: number | null
  household: unknown
  origin: string | null
  workplace: string | null
}

export function residentReaders(r: Pick<RegistrationRecord, 'user' | 'building' | 'community' | 'street'>): string[] {
  return [
    ...(r.user ? [r.user] : []),
    `role:${scopedRole.buildingStewards(r.building)}`,
    `role:${scopedRole.communityStaff(r.community)}`,
    `role:${scopedRole.streetStaff(r.street)}`,
  ]
}

/**
 * Creates or updates the profile a registration describes and returns its id. A person's own
 * profile is updated (moving house); failing that, a profile staff entered for them in person
 * (same phone, building and room, no login yet) becomes theirs; otherwise a new one is made.
 */
export async function writeResident(sql: Sql, r: RegistrationRecord, at: Date): Promise<string> {
  let residentId: string | undefined
  if (r.user) {
    residentId = (await sql<{ objectId: string }>('SELECT "objectId" FROM "Resident" WHERE "user" = $1 FOR UPDATE', [r.user]))[0]?.objectId
    residentId ??= (
      await sql<{ objectId: string }>(
        'SELECT "objectId" FROM "Resident" WHERE "user" IS NULL AND "phone" = $1 AND "building" = $2 AND "room" = $3 LIMIT 1 FOR UPDATE',
        [r.phone, r.building, r.room],
      )
    )[0]?.objectId
  }
  const profile = {
    user: r.user, name: r.name, phone: r.phone, street: r.street, community: r.community, compound: r.compound, building: r.building, room: r.room,
    birthYear: r.birthYear, moveInDate: r.moveInDate, isNewResident: isRecentMoveIn(r.moveInDate, at), origin: r.origin, workplace: r.workplace,
    household: r.household ?? [], verified: true,
  }
  const readers = residentReaders(r)
  if (residentId) {
    await updateRow(sql, 'Resident', residentId, { ...profile, _rperm: expr('$1::text[]', [readers]), _wperm: expr("'{}'::text[]") }, { at })
    return residentId
  }
  return insertRow(sql, 'Resident', profile, { at, acl: { read: readers } })
}
