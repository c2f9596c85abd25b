import { Text, View } from '@tarojs/components'
import type { NoticeListItem } from '@contract/domain'
import { StateView } from '@/components/StateView'
import './notices.css'

/** 长辈模式's 今日公告: today's notices in big type, each one tap to open. */
export function TodayNotices({ notices, onOpen }: { notices: NoticeListItem[]; onOpen: (id: string) => void }) {
  if (notices.length === 0) return <StateView kind='empty' title='今天没有新公告' detail='有新公告时会在这里显示。' />
  return (
    <View className='tx-today-notices' role='list' aria-label='今日公告'>
      {notices.map((n) => (
        <View key={n.id} className='tx-today-notices__item' role='listitem' onClick={() => onOpen(n.id)}>
          <Text className='tx-today-notices__title'>{`${n.urgent ? '【紧急】' : ''}${n.title}`}</Text>
          <Text className='tx-today-notices__detail'>{`${n.scopeName} · ${n.category}${n.read ? '' : ' · 未读'}`}</Text>
        </View>
      ))}
    </View>
  )
}
