import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import type { HelpListStore } from '../stores/help-list-store'
import { HelpRow } from './HelpRow'

export interface HelpListProps {
  list: HelpListStore
  emptyTitle: string
  emptyDetail?: string
  label: string
  onOpen: (id: string) => void
}

/** Help requests with loading, empty and error states. */
export const HelpList = observer(function HelpList({ list, emptyTitle, emptyDetail, label, onOpen }: HelpListProps) {
  if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (list.status === 'error') return <StateView kind='error' title='加载失败' detail={list.error} actionText='重新加载' onAction={() => void list.load()} />
  if (!list.items.length) return <StateView kind='empty' title={emptyTitle} detail={emptyDetail} />
  return (
    <View className='tx-help-list' role='list' aria-label={label}>
      {list.error && <Text className='tx-field__error'>{list.error}</Text>}
      {list.items.map((item) => (
        <HelpRow key={item.id} item={item} onOpen={onOpen} />
      ))}
    </View>
  )
})
