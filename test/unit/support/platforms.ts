import { FakePlatform } from '@/adapters/fakes'
import type { PlatformPort } from '@/adapters/ports'

// The platform calls these helpers do not change, handed on to the FakePlatform underneath.
function passOn(base: FakePlatform): Pick<PlatformPort, 'fontScale' | 'requirePrivacyAuthorize' | 'onPrivacyPrompt' | 'shareFile' | 'chooseImages' | 'chooseDocuments' | 'openDocument' | 'scanCode' | 'requestSubscribeMessage'> {
  return {
    fontScale: () => base.fontScale(),
    requirePrivacyAuthorize: () => base.requirePrivacyAuthorize(),
    onPrivacyPrompt: (show) => base.onPrivacyPrompt(show),
    shareFile: (file) => base.shareFile(file),
    chooseImages: (max) => base.chooseImages(max),
    chooseDocuments: (max) => base.chooseDocuments(max),
    openDocument: (url) => base.openDocument(url),
    scanCode: () => base.scanCode(),
    requestSubscribeMessage: (ids) => base.requestSubscribeMessage(ids),
  }
}

/** FakePlatform is the browser; this is the mini-program, where WeChat login is offered. */
export function weappPlatform(base: FakePlatform = new FakePlatform()): PlatformPort & { base: FakePlatform } {
  return {
    base,
    name: 'weapp',
    wechatLoginCode: () => base.wechatLoginCode(),
    makePhoneCall: (phone) => base.makePhoneCall(phone),
    toast: (message) => base.toast(message),
    ...passOn(base),
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
    ...passOn(base),
  }
}
