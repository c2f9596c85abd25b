/** Sign-in: WeChat login, demo login, who am I. */
import type { ServerFeature } from '../feature'

export const authFeature: ServerFeature = {
  name: 'auth',
  functions: () => {
    require('../functions/auth')
    require('../triggers/users')
  },
}
