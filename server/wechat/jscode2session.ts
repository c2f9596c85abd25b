/**
 * WeChat's code-to-session exchange for mini-program login.
 * The API base is configuration so tests run the whole flow against a local stub.
 */

export interface WechatSession {
  openid: string
  unionid?: string
}

/** WeChat replied with an error code, or could not be reached. */
export class WechatLoginError extends Error {
  constructor(
    readonly wxCode: number,
    message: string,
    /** The short Chinese sentence shown to the user. */
    readonly userMessage: string,
  ) {
    super(message)
  }
}

// WeChat's documented errcodes for jscode2session, in words a resident can act on.
const USER_MESSAGES: Record<number, string> = {
  40029: '登录凭证无效，请重新打开小程序再试。',
  40163: '登录凭证已使用，请重新打开小程序再试。',
  45011: '登录太频繁，请稍后再试。',
  40226: '微信账号存在风险，暂时无法登录。',
  [-1]: '微信服务繁忙，请稍后再试。',
}

interface Jscode2sessionReply {
  openid?: string
  session_key?: string
  unionid?: string
  errcode?: number
  errmsg?: string
}

export interface WechatApiOptions {
  apiBase: string
  appId: string
  secret: string
  timeoutMs?: number
}

/** Exchanges a `wx.login` code for the user's openid. The session_key is deliberately dropped. */
export async function jscode2session(code: string, opts: WechatApiOptions): Promise<WechatSession> {
  const url = new URL(`${opts.apiBase}/sns/jscode2session`)
  url.searchParams.set('appid', opts.appId)
  url.searchParams.set('secret', opts.secret)
  url.searchParams.set('js_code', code)
  url.searchParams.set('grant_type', 'authorization_code')
  let reply: Jscode2sessionReply
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 5000) })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    reply = (await res.json()) as Jscode2sessionReply
  } catch (err) {
    throw new WechatLoginError(-1, `jscode2session unreachable: ${(err as Error).message}`, USER_MESSAGES[-1])
  }
  if (reply.errcode) {
    throw new WechatLoginError(
      reply.errcode,
      `jscode2session errcode ${reply.errcode}: ${reply.errmsg ?? ''}`,
      USER_MESSAGES[reply.errcode] ?? '微信登录失败，请稍后再试。',
    )
  }
  if (!reply.openid) throw new WechatLoginError(-1, 'jscode2session replied without openid', USER_MESSAGES[-1])
  return { openid: reply.openid, unionid: reply.unionid }
}
