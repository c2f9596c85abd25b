/** 我的数据 and 注销账号, and the log of who opened a resident's profile. */
import type { ServerFeature } from '../feature'

export const privacyFeature: ServerFeature = {
  name: 'privacy',
  functions: () => {
    require('../functions/privacy')
    require('../triggers/profile-access')
  },
}
