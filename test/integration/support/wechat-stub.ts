/**
 * A local stand-in for WeChat's server APIs, so login and the phone-number button run offline.
 * - sns/jscode2session: "ok-<openid>" succeeds with that openid; the others return WeChat's errors.
 * - cgi-bin/token: an access token for the stub's AppID and secret (counted, revocable).
 * - wxa/business/getuserphonenumber: "phone-<11 digits>" gives that number; "foreign-<digits>"
 *   a non-mainland one; the error codes below return WeChat's documented errors.
 * - cgi-bin/stable_token (POST): the current stable token, or a new one with force_refresh (as
 *   WeChat does: without force_refresh a revoked token is handed out again).
 * - cgi-bin/message/subscribe/send (POST): recorded; openids starting "refuse" get 43101 (no
 *   acceptance), "baddata" 47003, "http500" an HTTP 500; a revoked token gets 40001.
 */
import http from 'node:http'

export const STUB_APPID = 'wx0000000000000000'
export const STUB_SECRET = 'stub-secret'

export interface WechatStub {
  url: string
  /** Every login code the stub was asked to exchange, in order. */
  codes: string[]
  /** How many access tokens were issued. */
  tokensIssued(): number
  /** Revokes every token issued so far, as WeChat does when another server fetches a new one. */
  revokeTokens(): void
  /** Every stable_token request (force_refresh as asked). */
  stableTokenRequests: Array<{ forceRefresh: boolean }>
  /** Every subscribe/send request, with the token it carried and what the stub answered. */
  sends: Array<SubscribeSend>
  /** Every path the stub was asked for, in order. */
  paths: string[]
  close(): Promise<void>
}

const ERRORS: Record<string, { errcode: number; errmsg: string }> = {
  invalid: { errcode: 40029, errmsg: 'invalid code' },
  used: { errcode: 40163, errmsg: 'code been used' },
  busy: { errcode: -1, errmsg: 'system error' },
  frequent: { errcode: 45011, errmsg: 'api minute-quota reach limit' },
  risky: { errcode: 40226, errmsg: 'high risk user' },
}

type Reply = (status: number, body: unknown) => void

export interface SubscribeSend {
  token: string
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: string
  errcode: number
}

function subscribeSend(token: string, valid: Set<string>, body: string, sends: SubscribeSend[], reply: Reply): void {
  const msg = JSON.parse(body || '{}') as Omit<SubscribeSend, 'token' | 'errcode'>
  const errcode = !valid.has(token)
    ? 40001
    : msg.touser?.startsWith('refuse')
      ? 43101
      : msg.touser?.startsWith('baddata')
        ? 47003
        : msg.touser?.startsWith('http500')
          ? 500
          : 0
  sends.push({ ...msg, token, errcode })
  if (errcode === 500) return reply(500, 'oops')
  const messages: Record<number, string> = { 0: 'ok', 40001: 'invalid credential', 43101: 'user refuse to accept the msg', 47003: 'argument invalid! data.thing1.value invalid' }
  reply(200, { errcode, errmsg: messages[errcode] })
}

function jscode2session(url: URL, codes: string[], reply: Reply): void {
  const code = url.searchParams.get('js_code') ?? ''
  codes.push(code)
  if (url.searchParams.get('appid') !== STUB_APPID || url.searchParams.get('secret') !== STUB_SECRET) return reply(200, { errcode: 40125, errmsg: 'invalid appsecret' })
  if (code === 'http500') return reply(500, 'oops')
  if (ERRORS[code]) return reply(200, ERRORS[code])
  if (code.startsWith('ok-')) return reply(200, { openid: code.slice(3), session_key: 'never-stored' })
  reply(200, ERRORS.invalid)
}

function phoneInfo(code: string): unknown {
  const [kind, digits] = code.split('-')
  if (kind === 'phone' && digits) return { phoneNumber: digits, purePhoneNumber: digits, countryCode: '86', watermark: { appid: STUB_APPID, timestamp: 0 } }
  if (kind === 'foreign' && digits) return { phoneNumber: `+1${digits}`, purePhoneNumber: digits, countryCode: '1', watermark: { appid: STUB_APPID, timestamp: 0 } }
  return null
}

export async function startWechatStub(): Promise<WechatStub> {
  const codes: string[] = []
  const valid = new Set<string>()
  let issued = 0
  let stable: string | null = null
  const stableTokenRequests: Array<{ forceRefresh: boolean }> = []
  const sends: SubscribeSend[] = []
  const paths: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub')
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const reply: Reply = (status, payload) => {
        res.statusCode = status
        res.setHeader('Content-Type', 'application/json')
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
      }
      paths.push(url.pathname)
      if (url.pathname === '/sns/jscode2session') return jscode2session(url, codes, reply)
      if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
        const ask = JSON.parse(body || '{}') as { grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean }
        stableTokenRequests.push({ forceRefresh: ask.force_refresh === true })
        if (ask.grant_type !== 'client_credential' || ask.appid !== STUB_APPID || ask.secret !== STUB_SECRET) return reply(200, { errcode: 40125, errmsg: 'invalid appsecret' })
        if (!stable || ask.force_refresh === true) {
          stable = `stub-stable-${++issued}`
          valid.add(stable)
        }
        return reply(200, { access_token: stable, expires_in: 7200 })
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') return subscribeSend(url.searchParams.get('access_token') ?? '', valid, body, sends, reply)
      if (url.pathname === '/cgi-bin/token') {
        if (url.searchParams.get('appid') !== STUB_APPID || url.searchParams.get('secret') !== STUB_SECRET) return reply(200, { errcode: 40125, errmsg: 'invalid appsecret' })
        const token = `stub-token-${++issued}`
        valid.add(token)
        return reply(200, { access_token: token, expires_in: 7200 })
      }
      if (url.pathname === '/wxa/business/getuserphonenumber' && req.method === 'POST') {
        if (!valid.has(url.searchParams.get('access_token') ?? '')) return reply(200, { errcode: 40001, errmsg: 'invalid credential' })
        const code = (JSON.parse(body || '{}') as { code?: string }).code ?? ''
        if (code === 'http500') return reply(500, 'oops')
        if (ERRORS[code]) return reply(200, ERRORS[code])
        const info = phoneInfo(code)
        return reply(200, info ? { errcode: 0, errmsg: 'ok', phone_info: info } : ERRORS.invalid)
      }
      reply(404, {})
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    codes,
    tokensIssued: () => issued,
    revokeTokens: () => valid.clear(),
    stableTokenRequests,
    sends,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
