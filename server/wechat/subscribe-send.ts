/**
 * Sends WeChat subscription messages (cgi-bin/message/subscribe/send) with a stable access token
 * (cgi-bin/stable_token: unlike cgi-bin/token, fetching one does not revoke the tokens other
 * servers hold). The token is cached until shortly before it expires; a reply saying the token is
 * stale (40001, 42001, 40014) forces a fresh one and the send is tried once more.
 * Nothing here throws: every outcome, WeChat's refusals and network failures alike, is a result.
 */
import { tokenKeyOf as keyOf, wechatJson, WechatApiError, type CachedToken, type TokenReply, type WechatAppOptions } from './access-token'

/** Refresh this long before WeChat's expiry, so a token never dies between fetch and use. */
const MARGIN_MS = 5 * 60_000
const STALE_TOKEN = new Set([40001, 42001, 40014])

// Its own cache: a stable token is not the token access-token.ts holds.
const cache = new Map<string, CachedToken>()
const inFlight = new Map<string, Promise<string>>()

async function fetchStableToken(opts: WechatAppOptions, forceRefresh: boolean): Promise<string> {
  const reply = await wechatJson<TokenReply>(new URL(`${opts.apiBase}/cgi-bin/stable_token`), opts, {
    grant_type: 'client_credential',
    appid: opts.appId,
    secret: opts.secret,
    force_refresh: forceRefresh,
  })
  if (reply.errcode || !reply.access_token) {
    throw new WechatApiError(reply.errcode ?? -1, `cgi-bin/stable_token errcode ${reply.errcode}: ${reply.errmsg ?? ''}`, '')
  }
  const ttlMs = (reply.expires_in ?? 7200) * 1000
  cache.set(keyOf(opts), { token: reply.access_token, expiresAt: Date.now() + Math.max(ttlMs - MARGIN_MS, ttlMs / 2) })
  return reply.access_token
}

/** The cached stable token, or one fetch for every waiting caller. */
export function stableToken(opts: WechatAppOptions, forceRefresh = false): Promise<string> {
  const key = keyOf(opts)
  const cached = cache.get(key)
  if (!forceRefresh && cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token)
  let pending = inFlight.get(key)
  if (!pending) {
    pending = fetchStableToken(opts, forceRefresh).finally(() => inFlight.delete(key))
    inFlight.set(key, pending)
  }
  return pending
}

/** A refused token: forget it (unless another caller already replaced it) and get a fresh one. */
async function renewed(opts: WechatAppOptions, stale: string): Promise<string> {
  const cached = cache.get(keyOf(opts))
  if (cached && cached.token !== stale && cached.expiresAt > Date.now()) return cached.token
  cache.delete(keyOf(opts))
  return stableToken(opts, true)
}

export interface SubscribeMessage {
  touser: string
  template_id: string
  /** A mini-program page path without the leading slash, with its query. */
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: 'formal' | 'trial' | 'developer'
}

export interface SendOutcome {
  ok: boolean
  /** 0 when sent; WeChat's errcode otherwise; -1 when WeChat could not be reached. */
  errcode: number
  errmsg: string
}

interface SendReply {
  errcode?: number
  errmsg?: string
}

async function post(opts: WechatAppOptions, token: string, msg: SubscribeMessage): Promise<SendReply> {
  const url = new URL(`${opts.apiBase}/cgi-bin/message/subscribe/send`)
  url.searchParams.set('access_token', token)
  return wechatJson<SendReply>(url, opts, { ...msg, lang: 'zh_CN' })
}

function outcomeOf(err: unknown): SendOutcome {
  if (err instanceof WechatApiError) return { ok: false, errcode: err.wxCode, errmsg: err.message }
  return { ok: false, errcode: -1, errmsg: err instanceof Error ? err.message : String(err) }
}

/** Sends one message; the outcome says whether WeChat took it. */
export async function sendSubscribeMessage(opts: WechatAppOptions, msg: SubscribeMessage): Promise<SendOutcome> {
  try {
    let token = await stableToken(opts)
    let reply = await post(opts, token, msg)
    if (reply.errcode && STALE_TOKEN.has(reply.errcode)) {
      token = await renewed(opts, token)
      reply = await post(opts, token, msg)
    }
    if (reply.errcode) return { ok: false, errcode: reply.errcode, errmsg: reply.errmsg ?? '' }
    return { ok: true, errcode: 0, errmsg: 'ok' }
  } catch (err) {
    return outcomeOf(err)
  }
}
