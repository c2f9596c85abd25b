/**
 * WeChat's server-side access token (cgi-bin/token), needed by its business APIs such as
 * getuserphonenumber. WeChat limits how often it may be fetched and a new one replaces the old,
 * so it is cached until shortly before it expires and fetched by one call at a time.
 */

/** WeChat replied with an error code, or could not be reached. */
export class WechatApiError extends Error {
  constructor(
    readonly wxCode: number,
    message: string,
    /** The short Chinese sentence shown to the user. */
    readonly userMessage: string,
  ) {
    super(message)
  }
}

export interface WechatAppOptions {
  apiBase: string
  appId: string
  secret: string
  timeoutMs?: number
}

export const WECHAT_BUSY = '微信服务繁忙，请稍后再试。'
/** Refresh this long before WeChat's expiry, so a token never dies between fetch and use. */
const MARGIN_MS = 5 * 60_000

/** A token held until shortly before it expires. */
export interface CachedToken {
  token: string
  expiresAt: number
}

const cache = new Map<string, CachedToken>()
const inFlight = new Map<string, Promise<string>>()
/** One cache entry per WeChat API base and app. */
export const tokenKeyOf = (o: WechatAppOptions) => `${o.apiBase}|${o.appId}`

/** WeChat's answer to a token request (cgi-bin/token and cgi-bin/stable_token alike). */
export interface TokenReply {
  access_token?: string
  expires_in?: number
  errcode?: number
  errmsg?: string
}

/** GET or POST JSON from WeChat; a network failure or non-JSON reply is "busy" (-1). */
export async function wechatJson<T>(url: URL, opts: WechatAppOptions, body?: unknown): Promise<T> {
  try {
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    return (await res.json()) as T
  } catch (err) {
    throw new WechatApiError(-1, `${url.pathname} unreachable: ${(err as Error).message}`, WECHAT_BUSY)
  }
}

async function fetchToken(opts: WechatAppOptions): Promise<string> {
  const url = new URL(`${opts.apiBase}/cgi-bin/token`)
  url.searchParams.set('grant_type', 'client_credential')
  url.searchParams.set('appid', opts.appId)
  url.searchParams.set('secret', opts.secret)
  const reply = await wechatJson<TokenReply>(url, opts)
  if (reply.errcode || !reply.access_token) {
    // Wrong AppSecret, an address not on the whitelist...: the server's setup, not the user.
    throw new WechatApiError(reply.errcode ?? -1, `cgi-bin/token errcode ${reply.errcode}: ${reply.errmsg ?? ''}`, '暂时无法连接微信，请手动填写。')
  }
  const ttlMs = (reply.expires_in ?? 7200) * 1000
  cache.set(tokenKeyOf(opts), { token: reply.access_token, expiresAt: Date.now() + Math.max(ttlMs - MARGIN_MS, ttlMs / 2) })
  return reply.access_token
}

/** A valid access token: the cached one, or a new one (one fetch however many callers wait). */
export async function accessToken(opts: WechatAppOptions): Promise<string> {
  const key = tokenKeyOf(opts)
  const cached = cache.get(key)
  if (cached && cached.expiresAt > Date.now()) return cached.token
  let pending = inFlight.get(key)
  if (!pending) {
    pending = fetchToken(opts).finally(() => inFlight.delete(key))
    inFlight.set(key, pending)
  }
  return pending
}

/** Drops a token WeChat rejected (revoked, or replaced by a fetch elsewhere). */
export function forgetAccessToken(opts: WechatAppOptions, token: string): void {
  if (cache.get(tokenKeyOf(opts))?.token === token) cache.delete(tokenKeyOf(opts))
}
