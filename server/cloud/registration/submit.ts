/** A resident (or a family member for them) submits a registration; it waits for review. */
import { now } from '../clock'
import { validateRegistration, type RegistrationField } from '@/domain/registration'
import { scopedRole } from '@/domain/roles'
import type { RegistrationInput } from '@contract/domain'
import { fail, invalid } from '../errors'
import { refIdOf, textOf } from '../fields'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { residentOf } from '../queries/people'
import { findBuilding, layoutOf } from './places'

const MASTER = { useMasterKey: true } as const
export const ONE_PENDING = '您已有一份登记在等待社区审核，请等审核结果出来后再提交。'
const SAME_HOME = '您已登记在这个住址，无需重复登记。'

export interface CheckedRegistration {
  value: RegistrationInput
  building: Parse.Object
  communityId: string
  streetId: string
}

/**
 * The shared rules (validateRegistration) with the building looked up. An unknown building
 * is 101 (the thing asked for is not there); every other broken rule is 142.
 */
export async function checkRegistration(input: Partial<Record<RegistrationField, unknown>>): Promise<CheckedRegistration> {
  const building = typeof input.buildingId === 'string' && input.buildingId ? await findBuilding(input.buildingId) : undefined
  const result = validateRegistration(input, { now: now(), building: building === undefined ? undefined : building && layoutOf(building) })
  if (!result.ok) {
    const unknownBuilding = building === null && result.first === result.errors.buildingId
    fail(unknownBuilding ? Parse.Error.OBJECT_NOT_FOUND : Parse.Error.VALIDATION_ERROR, result.first)
  }
  const b = building!
  return { value: result.value, building: b, communityId: refIdOf(b, 'community') ?? '', streetId: refIdOf(b, 'street') ?? '' }
}

/** Who may read a registration row: the registrant, the community's staff, the street's staff. */
export function registrationAcl(userId: string | null, communityId: string, streetId: string): Parse.ACL {
  const acl = new Parse.ACL()
  if (userId) acl.setReadAccess(userId, true)
  acl.setRoleReadAccess(scopedRole.communityStaff(communityId), true)
  acl.setRoleReadAccess(scopedRole.streetStaff(streetId), true)
  return acl
}

/** Copies the checked input and its place onto a Registration row (not saved). */
export function registrationRow(checked: CheckedRegistration): Parse.Object {
  const { value, building } = checked
  const row = new Parse.Object('Registration')
  row.set({
    name: value.name,
    phone: value.phone,
    // The place comes from the building itself, never from what the client says.
    street: building.get('street'),
    community: building.get('community'),
    compound: building.get('compound'),
    building,
    room: value.room,
    moveInDate: value.moveInDate,
    household: value.household,
    consentAt: now(),
    isNewResident: false,
  })
  if (value.birthYear !== undefined) row.set('birthYear', value.birthYear)
  if (value.origin) row.set('origin', value.origin)
  if (value.workplace) row.set('workplace', value.workplace)
  return row
}

export interface Submission {
  /** The person the registration is for. */
  subject: Parse.User
  /** Who entered it: the person, or a family member acting for them. */
  actor: Parse.User
  submittedBy: 'self' | 'family'
}

/**
 * Saves a pending registration. One pending registration per person is a partial unique index
 * (server/schema/indexes.ts), so ten submissions at once leave exactly one, not a race.
 * A person bound to a home registers again only to move: the same address is refused, and
 * their current home stays theirs until the new one is approved.
 */
export async function submitRegistration(input: Partial<Record<RegistrationField, unknown>>, who: Submission): Promise<string> {
  const checked = await checkRegistration(input)
  const current = await residentOf(who.subject)
  if (current?.get('verified') && refIdOf(current, 'building') === idOf(checked.building) && textOf(current, 'room') === checked.value.room) {
    invalid(SAME_HOME)
  }
  const row = registrationRow(checked)
  row.set({ user: who.subject, status: 'pending', submittedBy: who.submittedBy, actor: who.actor })
  row.setACL(registrationAcl(idOf(who.subject), checked.communityId, checked.streetId))
  try {
    await row.save(null, MASTER)
  } catch (err) {
    if (err instanceof Parse.Error && err.code === Parse.Error.DUPLICATE_VALUE) invalid(ONE_PENDING)
    throw err
  }
  return idOf(row)
}
