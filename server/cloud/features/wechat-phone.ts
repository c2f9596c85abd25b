/** A phone number from WeChat's getPhoneNumber. */
import type { ServerFeature } from '../feature'

export const wechatPhoneFeature: ServerFeature = { name: 'wechatPhone', functions: () => require('../functions/wechat-phone') }
