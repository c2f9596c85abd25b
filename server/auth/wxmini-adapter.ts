/**
 * A custom Parse auth adapter for WeChat mini-program login.
 *
 * Parse's built-in `wechat` adapter is the web OAuth flow. In a mini-program the code from
 * `wx.login` is exchanged server-side (jscode2session) by the `wechatLogin` cloud function,
 * which then vouches for the openid with a short-lived HMAC assertion. This adapter accepts
 * authData only with a valid assertion, so a client cannot sign in as an openid it made up.
 */
import crypto from 'node:crypto'

export const WXMINI_PROVIDER = 'wxmini'
const ASSERTION_TTL_MS = 60_000

export interface WxminiAuthData {
  id: string
  assertion: string
}

function sign(secret: string, id: string, expires: number): string {
  return crypto.createHmac('sha256', secret).update(`${WXMINI_PROVIDER}:${id}:${expires}`).digest('base64url')
}

/** Vouches for an openid the server itself obtained from WeChat. */
export function makeAssertion(secret: string, id: string, now = Date.now()): string {
  const expires = now + ASSERTION_TTL_MS
  return `${expires}.${sign(secret, id, expires)}`
}

export function verifyAssertion(secret: string, data: Partial<WxminiAuthData>, now = Date.now()): boolean {
  if (typeof data.id !== 'string' || typeof data.assertion !== 'string') return false
  const [expiresText, mac] = data.assertion.split('.')
  const expires = Number(expiresText)
  if (!Number.isFinite(expires) || expires < now || !mac) return false
  const expected = Buffer.from(sign(secret, data.id, expires))
  const given = Buffer.from(mac)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

/** The adapter object in the shape Parse Server's `auth` option takes. */
export function wxminiAdapter(secret: string) {
  return {
    validateAppId: () => Promise.resolve(),
    validateAuthData: (authData: Partial<WxminiAuthData>) => {
      if (verifyAssertion(secret, authData)) return Promise.resolve()
      // Parse maps this to OBJECT_NOT_FOUND-style login failure for the client.
      return Promise.reject(new Error('wxmini assertion invalid or expired'))
    },
  }
}
