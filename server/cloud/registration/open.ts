/**
 * Staff open one registration in full. The same people who may review it may open it (its
 * community's staff, its street's staff), and every opening is logged for the registrant, like
 * an opening of their profile (PIPL: the queue shows summaries; details are read one at a time,
 * on the record).
 */
import type { RegistrationView } from '@contract/domain'
import { forbidden, notFound } from '../errors'
import { refIdOf } from '../fields'
import { Parse } from '../parse'
import { recordAccess } from '../privacy/access-log'
import { staffRoleFor, staffScopeOf } from '../directory'
import { REGISTRATION_INCLUDES, registrationViews } from './views'

const MASTER = { useMasterKey: true } as const

export async function openRegistration(viewer: Parse.User, registrationId: string): Promise<{ registration: RegistrationView }> {
  const row = await new Parse.Query('Registration').equalTo('objectId', registrationId).include(REGISTRATION_INCLUDES).first(MASTER)
  if (!row) notFound('没有找到这份登记，请刷新列表。')
  const role = staffRoleFor(await staffScopeOf(viewer), { communityId: refIdOf(row, 'community'), streetId: refIdOf(row, 'street') })
  if (!role) forbidden('您只能查看本社区居民的登记。')
  const [registration] = await registrationViews([row])
  // Logged before the details leave the server, under the registrant's login and the profile
  // the registration made (a staff-entered one has no login until its person claims it).
  await recordAccess({ viewer, viewerRole: role, subjectUserId: refIdOf(row, 'user'), residentId: refIdOf(row, 'resident'), registrationId })
  return { registration: registration! }
}
