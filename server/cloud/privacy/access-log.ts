/**
 * The access log (ProfileAccess): every time staff or a steward open someone's full profile or
 * registration, one row, written before the details leave the server. A row names its subject
 * two ways, because a registrant may have no profile yet (a newcomer waiting for review) and a
 * staff-entered profile has no login until its person claims it: `resident` (the profile) and
 * `subject` (the login). The person reads every row that names either.
 */
import { now } from '../clock'
import { isRoleName } from '@/domain/roles'
import type { ProfileAccessRecord, RoleName } from '@contract/domain'
import { privateAcl } from '../acl'
import { isoOf, refIdOf, textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { REMOVED_NAME, namesOfUsers, residentOf } from '../queries/people'

const MASTER = { useMasterKey: true } as const
const LOG_MAX = 500

export interface AccessEntry {
  viewer: Parse.User
  viewerRole: RoleName
  /** The profile opened, or the profile a registration created. */
  residentId?: string | null
  /** The login whose data was opened (a registration's registrant). */
  subjectUserId?: string | null
  /** The registration opened, when it was a registration. */
  registrationId?: string
}

/** Writes one access row; callers await it before returning the details. */
export async function recordAccess(entry: AccessEntry): Promise<void> {
  const access = new Parse.Object('ProfileAccess')
  access.set({ viewer: entry.viewer, viewerRole: entry.viewerRole, at: now() })
  if (entry.residentId) access.set('resident', pointer('Resident', entry.residentId))
  if (entry.subjectUserId) access.set('subject', pointer('_User', entry.subjectUserId))
  if (entry.registrationId) access.set('registration', pointer('Registration', entry.registrationId))
  access.setACL(privateAcl())
  await access.save(null, MASTER)
}

/** Who opened this person's profile or registrations, newest first: names and roles, never phones. */
export async function profileAccessLog(user: Parse.User): Promise<ProfileAccessRecord[]> {
  const resident = await residentOf(user)
  const bySubject = new Parse.Query('ProfileAccess').equalTo('subject', user)
  const query = resident ? Parse.Query.or(bySubject, new Parse.Query('ProfileAccess').equalTo('resident', resident)) : bySubject
  const rows = await query.descending('at').limit(LOG_MAX).find(MASTER)
  const names = await namesOfUsers(rows.map((r) => refIdOf(r, 'viewer')))
  return rows.flatMap((r) => {
    const viewerRole = textOf(r, 'viewerRole')
    // The beforeSave trigger admits app roles only; a row that is not one was written around it.
    if (!isRoleName(viewerRole)) {
      console.error(`ProfileAccess ${idOf(r)}: viewerRole ${JSON.stringify(viewerRole)} is not an app role; left out of the log`)
      return []
    }
    const viewerId = refIdOf(r, 'viewer')
    return [{ at: isoOf(r, 'at') ?? '', viewerName: (viewerId && names.get(viewerId)) || REMOVED_NAME, viewerRole }]
  })
}
