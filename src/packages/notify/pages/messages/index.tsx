import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { MessageList } from '@/features/notify/components/MessageList'
import { isTabPage } from '@/features/notify/tab-pages'

/** 我的消息: what the app told the person (help request steps, reminders, reviews); a tap opens what it is about. */
function MessagesPage() {
  const { notify } = useStores()
  const messages = notify.messages
  useScreen(null, { load: () => messages.load(), refresh: () => messages.refresh(), more: () => messages.loadMore() })
  const open = (id: string) => {
    const page = messages.open(id)
    if (!page) return
    const go = isTabPage(page) ? Taro.switchTab({ url: page.split('?')[0] }) : Taro.navigateTo({ url: page })
    // A page of a part of the app this version does not have yet: say so instead of nothing.
    void Promise.resolve(go).catch(() => void Taro.showToast({ title: '暂时无法打开这条消息', icon: 'none' }))
  }
  return (
    <PageShell signedOutDetail='登录后查看您的消息'>
      <MessageList store={messages} onOpen={open} />
    </PageShell>
  )
}

export default observer(MessagesPage)
