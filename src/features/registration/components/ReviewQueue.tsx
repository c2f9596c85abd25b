import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { ListFooter } from '@/components/ListFooter'
import { Tag } from '@/components/ui'
import { formatDateTime } from '@/domain/time'
import type { ReviewStore } from '../stores/review-store'
import { addressOf, STATUS_LABELS, STATUS_TAG, submittedByText } from './registration-labels'
import './registration.css'
import './registration-status.css'

/** The review queue: one summary per registration (phone masked); tapping a row opens it in full. */
export const ReviewQueue = observer(function ReviewQueue({ store, onOpen }: { store: ReviewStore; onOpen: (id: string) => void }) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error')
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  const items = store.visible
  if (items.length === 0) return <StateView kind='empty' title='没有符合条件的登记' detail='换个筛选条件试试。' />
  return (
    <View className='tx-queue' role='list' aria-label='住户登记列表'>
      {items.map((r) => (
        <View className='tx-card tx-queue__item' key={r.id} role='listitem' aria-label={`${r.name}的登记`} onClick={() => onOpen(r.id)}>
          <View className='tx-reg-status__head'>
            <Text className='tx-queue__name'>{r.name}</Text>
            <Tag type={STATUS_TAG[r.status]}>{STATUS_LABELS[r.status]}</Tag>
          </View>
          <Text className='tx-queue__place'>{addressOf(r)}</Text>
          <Text className='tx-muted'>{`手机号 ${r.maskedPhone}`}</Text>
          <Text className='tx-muted'>
            {formatDateTime(r.submittedAt)} 提交{submittedByText(r) ? ` · ${submittedByText(r)}` : ''}
          </Text>
        </View>
      ))}
      <ListFooter list={{ hasMore: !!store.nextCursor, loadingMore: store.loadingMore, loadMore: () => store.loadMore(), error: store.error }} endClassName={false} />
    </View>
  )
})
