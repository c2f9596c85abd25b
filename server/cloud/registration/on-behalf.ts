/**
 * Staff register a resident in person (a senior without a smartphone): the profile is made at
 * once, without a login, and the registration records the staff member who entered it.
 */
import type { RegistrationField } from '@/domain/registration'
import { scopedRole } from '@/domain/roles'
import { forbidden, invalid } from '../errors'
import { refIdOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { isCommunityStaffOf } from '../directory'
import { inTransaction, newObjectId } from '../sql'
import { writeResident, type RegistrationRecord } from './records-sql'
import { checkRegistration } from './submit'
import { now } from '../clock'
import { insertRow } from '../db/rows'

const MASTER = { useMasterKey: true } as const

export async function registerOnBehalf(staff: Parse.User, input: Partial<Record<RegistrationField, unknown>>): Promise<{ registrationId: string; residentId: string }> {
  const checked = await checkRegistration(input)
  const { value, communityId, streetId, building } = checked
  if (!(await isCommunityStaffOf(staff, communityId))) forbidden('您只能为本社区的居民代为登记。')
  const existing = await new Parse.Query('Resident')
    .equalTo('phone', value.phone)
    .equalTo('building', pointer('Building', idOf(building)))
    .equalTo('room', value.room)
    .first(MASTER)
  if (existing) invalid('这位居民已经登记在这个住址，无需重复登记。')

  const record: RegistrationRecord = {
    objectId: newObjectId(),
    user: null,
    status: 'approved',
    name: value.name,
    phone: value.phone,
    street: streetId,
    community: communityId,
    compound: refIdOf(building, 'compound') ?? '',
    building: idOf(building),
    room: value.room,
    moveInDate: value.moveInDate,
    birthYear: value.birthYear ?? null,
    household: value.household,
    origin: value.origin ?? null,
    workplace: value.workplace ?? null,
  }
  const at = now()
  // Profile and registration together: a staff-entered resident is never half recorded.
  const residentId = await inTransaction(async (sql) => {
    const id = await writeResident(sql, record, at)
    const [{ isNewResident }] = await sql<{ isNewResident: boolean }>('SELECT "isNewResident" FROM "Resident" WHERE "objectId" = $1', [id])
    // The registration itself is for staff only: it has no login to read it, and stewards see profiles, not paperwork.
    const readers = [`role:${scopedRole.communityStaff(communityId)}`, `role:${scopedRole.streetStaff(streetId)}`]
    const { objectId, user: _none, status, ...details } = record
    await insertRow(
      sql,
      'Registration',
      { ...details, consentAt: at, status, submittedBy: 'staff', actor: idOf(staff), reviewer: idOf(staff), reviewedAt: at, resident: id, isNewResident },
      { id: objectId, at, acl: { read: readers } },
    )
    return id
  })
  return { registrationId: record.objectId, residentId }
}
