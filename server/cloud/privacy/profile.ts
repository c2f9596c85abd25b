/**
 * A resident's full profile, opened by their community's or street's staff or their building's
 * current steward. Every opening is logged (ProfileAccess) and the resident can read the log.
 */
import type { RegistrationView } from '@contract/domain'
import { forbidden, notFound } from '../errors'
import { flagOf, isoOf, refIdOf } from '../fields'
import { idOf } from '../ids'
import { Parse } from '../parse'
import { namesOfUsers } from '../queries/people'
import { profileRoleFor } from '../directory'
import { personFields, registrationView } from '../registration/views'
import { recordAccess } from './access-log'

const MASTER = { useMasterKey: true } as const

/** A Resident profile in the shape of a registration, with how it was registered and approved. */
export async function profileView(resident: Parse.Object): Promise<RegistrationView> {
  const approved = await new Parse.Query('Registration')
    .equalTo('resident', resident)
    .equalTo('status', 'approved')
    .descending('reviewedAt')
    .first(MASTER)
  const names = await namesOfUsers([refIdOf(approved, 'reviewer'), refIdOf(approved, 'actor')])
  const paperwork = approved ? registrationView(approved, names) : null
  return {
    // The profile's own id: it is what staff open, and what its access log is kept under.
    id: idOf(resident),
    status: flagOf(resident, 'verified') ? 'approved' : 'pending',
    ...personFields(resident),
    submittedAt: paperwork?.submittedAt ?? isoOf(resident, 'createdAt') ?? '',
    reviewedAt: paperwork?.reviewedAt ?? null,
    reason: null,
    reviewerName: paperwork?.reviewerName ?? null,
    submittedBy: paperwork?.submittedBy ?? 'self',
    submittedByName: paperwork?.submittedByName ?? null,
    isNewResident: flagOf(resident, 'isNewResident'),
    residentId: idOf(resident),
  }
}

export async function viewResidentProfile(viewer: Parse.User, residentId: string): Promise<{ profile: RegistrationView }> {
  const resident = await new Parse.Query('Resident').equalTo('objectId', residentId).include(['community', 'compound', 'building']).first(MASTER)
  if (!resident) notFound('没有找到这位居民。')
  const role = await profileRoleFor(viewer, {
    communityId: refIdOf(resident, 'community'),
    streetId: refIdOf(resident, 'street'),
    buildingId: refIdOf(resident, 'building'),
  })
  if (!role) forbidden('您没有权限查看这位居民的资料。')
  const profile = await profileView(resident)
  // Logged before the profile leaves the server: an opening that is not logged does not happen.
  await recordAccess({ viewer, viewerRole: role, residentId, subjectUserId: refIdOf(resident, 'user') })
  return { profile }
}
