/**
 * Sessions for users whose identity cloud code has already established (demo login). Parse has
 * no SDK call that logs a user in without a password, so the session row is made through Parse's
 * REST API with the master key, exactly as Parse's own login writes it: an `r:` token, the user,
 * how it was made and when it expires.
 */
import crypto from 'node:crypto'
import { now } from './clock'
import { Parse } from './parse'

/** How long a session lasts (Parse's sessionLength, in seconds). */
export const SESSION_LENGTH_S = 60 * 60 * 24 * 30

/** Creates a session for the user and returns its token. */
export async function createSessionFor(userId: string, provider: string): Promise<string> {
  const sessionToken = `r:${crypto.randomBytes(16).toString('hex')}`
  const expiresAt = new Date(now().getTime() + SESSION_LENGTH_S * 1000)
  await Parse.CoreManager.getRESTController().request(
    'POST',
    'classes/_Session',
    {
      sessionToken,
      user: { __type: 'Pointer', className: '_User', objectId: userId },
      createdWith: { action: 'login', authProvider: provider },
      expiresAt: { __type: 'Date', iso: expiresAt.toISOString() },
    },
    { useMasterKey: true },
  )
  return sessionToken
}
