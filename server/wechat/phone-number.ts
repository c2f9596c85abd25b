/**
 * The phone number behind WeChat's getPhoneNumber button: the button gives the mini-program a
 * one-time code, which only the server may exchange (wxa/business/getuserphonenumber).
 */
import { accessToken, forgetAccessToken, wechatJson, WechatApiError, WECHAT_BUSY, type WechatAppOptions } from './access-token'

// WeChat's documented errcodes, in words a resident can act on.
const USER_MESSAGES: Record<number, string> = {
  40029: '手机号授权已失效，请重新点击获取手机号。',
  40163: '手机号授权已使用过，请重新点击获取手机号。',
  45011: '操作太频繁，请稍后再试。',
  [-1]: WECHAT_BUSY,
}
/** Token errcodes: invalid credential, expired, invalid token. Worth one retry with a new token. */
const STALE_TOKEN = new Set([40001, 42001, 40014])

interface PhoneReply {
  errcode?: number
  errmsg?: string
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string; watermark?: { appid?: string } }
}

async function ask(code: string, opts: WechatAppOptions, token: string): Promise<PhoneReply> {
  const url = new URL(`${opts.apiBase}/wxa/business/getuserphonenumber`)
  url.searchParams.set('access_token', token)
  return wechatJson<PhoneReply>(url, opts, { code })
}

/** Exchanges a getPhoneNumber code for the number (without country code, as residents type it). */
export async function phoneNumberFromCode(code: string, opts: WechatAppOptions): Promise<{ phone: string; countryCode: string }> {
  let token = await accessToken(opts)
  let reply = await ask(code, opts, token)
  if (reply.errcode && STALE_TOKEN.has(reply.errcode)) {
    forgetAccessToken(opts, token)
    token = await accessToken(opts)
    reply = await ask(code, opts, token)
  }
  if (reply.errcode) {
    const message = USER_MESSAGES[reply.errcode] ?? '暂时无法获取微信手机号，请手动填写。'
    throw new WechatApiError(reply.errcode, `getuserphonenumber errcode ${reply.errcode}: ${reply.errmsg ?? ''}`, message)
  }
  const info = reply.phone_info
  // The watermark names the app the number was issued to; another app's code is not ours to use.
  if (!info?.purePhoneNumber || (info.watermark?.appid && info.watermark.appid !== opts.appId)) {
    throw new WechatApiError(-1, 'getuserphonenumber replied without a number for this app', '暂时无法获取微信手机号，请手动填写。')
  }
  return { phone: info.purePhoneNumber, countryCode: info.countryCode ?? '86' }
}
