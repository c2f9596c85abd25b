import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { ListFooter } from '@/components/ListFooter'
import { Button } from '@/components/ui'
import type { MessageStore } from '../stores/message-store'
import { MessageRow } from './MessageRow'

export interface MessageListProps {
  store: MessageStore
  onOpen: (id: string) => void
}

/** 我的消息's list with its loading, empty and error states, 全部已读 and 加载更多. */
export const MessageList = observer(function MessageList({ store, onOpen }: MessageListProps) {
  const list = store.list
  if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (list.status === 'error') return <StateView kind='error' title='加载失败' detail={list.error} actionText='重新加载' onAction={() => void store.load()} />
  if (list.items.length === 0) return <StateView kind='empty' title='暂时没有消息' detail='求助进展、活动提醒、审核结果等会显示在这里。' />
  return (
    <View>
      <View className='tx-messages-head'>
        <Text className='tx-muted'>{store.unread > 0 ? `${store.unread} 条未读` : '全部已读'}</Text>
        {store.unread > 0 && (
          <Button type='default' size='small' loading={store.markingAll} onClick={() => void store.markAllRead()}>
            全部已读
          </Button>
        )}
      </View>
      <View className='tx-message-list' role='list' aria-label='消息列表'>
        {list.items.map((m) => (
          <MessageRow key={m.id} message={m} onOpen={onOpen} />
        ))}
        <ListFooter list={list} endClassName='tx-muted tx-message-list__end' />
      </View>
    </View>
  )
})
