/** Device storage through Taro: wx storage on weapp, localStorage on H5. */
import Taro from '@tarojs/taro'
import type { StoragePort } from './ports'

export const taroStorage: StoragePort = {
  get(key) {
    const v: unknown = Taro.getStorageSync(key)
    return typeof v === 'string' && v !== '' ? v : null
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  },
}
