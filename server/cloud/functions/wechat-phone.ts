/** The phone number from WeChat's getPhoneNumber button, for the registration form to fill in. */
import { isMobilePhone } from '@/domain/phone'
import { WechatApiError } from '../../wechat/access-token'
import { phoneNumberFromCode } from '../../wechat/phone-number'
import { defineFunction, perMinute } from '../define'
import { fail, forbidden, invalid } from '../errors'
import { Parse } from '../parse'
import { runtime } from '../runtime'

defineFunction(
  'wechatPhoneNumber',
  { requireUser: true, rateLimit: perMinute(10) },
  async ({ params }) => {
    const { config } = runtime()
    if (!config.wxAppId || !config.wxSecret) forbidden('微信手机号授权尚未配置，请手动填写手机号。')
    // The number is returned for the form, not stored: the registration the person submits is what counts.
    let result: { phone: string; countryCode: string }
    try {
      result = await phoneNumberFromCode(params.code, { apiBase: config.wxApiBase, appId: config.wxAppId, secret: config.wxSecret })
    } catch (err) {
      if (err instanceof WechatApiError) {
        console.warn(`wechatPhoneNumber: ${err.message}`)
        fail(Parse.Error.SCRIPT_FAILED, err.userMessage)
      }
      throw err
    }
    if (result.countryCode !== '86' || !isMobilePhone(result.phone)) invalid('请使用中国大陆手机号，或手动填写。')
    return { phone: result.phone }
  },
)
