/**
 * Acting for a senior: a family member with a confirmed link may do some things in the
 * senior's name. Every such act is recorded (Act), so the senior sees who did what.
 */
import { now } from '../clock'
import { privateAcl } from '../acl'
import { forbidden } from '../errors'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'

const MASTER = { useMasterKey: true } as const
export const NOT_LINKED = '您还没有与这位长辈关联，或长辈尚未确认，不能代为办理。'

export async function recordAct(actor: Parse.User, subject: Parse.User, action: string): Promise<void> {
  const act = new Parse.Object('Act')
  act.set({ actor, subject, action, at: now() })
  act.setACL(privateAcl())
  await act.save(null, MASTER)
}

/** True when family has a confirmed link to the senior. */
export async function isConfirmedFamily(family: Parse.User, seniorId: string): Promise<boolean> {
  const link = await new Parse.Query('FamilyLink')
    .equalTo('senior', pointer('_User', seniorId))
    .equalTo('family', family)
    .equalTo('status', 'confirmed')
    .first(MASTER)
  return !!link
}

export interface Acting {
  /** The person the call is about: the caller, or the senior they act for. */
  subject: Parse.User
  /** True when a family member acts for a senior. */
  forSenior: boolean
}

/** Whom a call is for: the caller, or (forUserId) a senior who confirmed the caller as family. */
export async function actingFor(user: Parse.User, forUserId: string | undefined): Promise<Acting> {
  if (!forUserId || forUserId === idOf(user)) return { subject: user, forSenior: false }
  if (!(await isConfirmedFamily(user, forUserId))) forbidden(NOT_LINKED)
  return { subject: Parse.User.createWithoutData(forUserId) as Parse.User, forSenior: true }
}

/**
 * Runs fn for the caller or the senior they act for; a successful act for a senior is recorded
 * with its action (in Chinese, as the senior reads it). A failed one did nothing to record.
 */
export async function asSubject<T>(user: Parse.User, forUserId: string | undefined, action: string, fn: (who: Acting) => Promise<T>): Promise<T> {
  const who = await actingFor(user, forUserId)
  const result = await fn(who)
  if (who.forSenior) await recordAct(user, who.subject, action)
  return result
}
