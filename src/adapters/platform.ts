/** WeChat (and H5 stand-in) platform calls. */
import Taro from '@tarojs/taro'
import type { PlatformName, PlatformPort } from './ports'

export function taroPlatform(): PlatformPort {
  const name: PlatformName = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'
  return {
    name,
    async wechatLoginCode() {
      if (name !== 'weapp') throw new Error('WeChat login needs the mini-program')
      const { code } = await Taro.login()
      return code
    },
    async makePhoneCall(phone) {
      if (name === 'weapp') {
        await Taro.makePhoneCall({ phoneNumber: phone })
        return
      }
      // In a browser the tel: link hands the number to the phone's dialler.
      window.location.href = `tel:${phone}`
    },
    toast(message, kind = 'none') {
      void Taro.showToast({ title: message, icon: kind, duration: 2000 })
    },
  }
}
