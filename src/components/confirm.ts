import Taro from '@tarojs/taro'

/** Asks before something that cannot be undone; true when the person confirms. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消' })
  return confirm
}
