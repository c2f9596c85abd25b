import { FakePlatform } from '@/adapters/fakes'
import type { PlatformPort } from '@/adapters/ports'

/** FakePlatform is the browser; this is the mini-program, where WeChat login is offered. */
export function weappPlatform(base: FakePlatform = new FakePlatform()): PlatformPort & { base: FakePlatform } {
  return {
    base,
    name: 'weapp',
    wechatLoginCode: () => base.wechatLoginCode(),
    makePhoneCall: (phone) => base.makePhoneCall(phone),
    toast: (message) => base.toast(message),
  }
}

/** A platform whose dialler fails the way a cancelled wx.makePhoneCall does. */
export function cancellingDialler(base: FakePlatform = new FakePlatform()): PlatformPort & { base: FakePlatform } {
  return {
    base,
    name: base.name,
    wechatLoginCode: () => base.wechatLoginCode(),
    makePhoneCall: async () => {
      throw new Error('makePhoneCall:fail cancel')
    },
    toast: (message) => base.toast(message),
  }
}
