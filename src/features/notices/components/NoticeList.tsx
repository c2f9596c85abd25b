import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { NoticeListItem } from '@contract/domain'
import { StateView } from '@/components/StateView'
import { ListFooter } from '@/components/ListFooter'
import type { PagedList } from '@/stores/paged-list'
import { NoticeRow } from './NoticeRow'

export interface NoticeListProps<T extends NoticeListItem> {
  list: PagedList<T>
  emptyTitle: string
  emptyDetail?: string
  /** A line under a notice's title, e.g. its read count. */
  extra?: (item: T) => string
  onOpen: (id: string) => void
}

/** A paged list of notices with its loading, empty and error states and 加载更多. */
function NoticeListView<T extends NoticeListItem>({ list, emptyTitle, emptyDetail, extra, onOpen }: NoticeListProps<T>) {
  if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (list.status === 'error')
    return <StateView kind='error' title='加载失败' detail={list.error} actionText='重新加载' onAction={() => void list.load()} />
  if (list.items.length === 0) return <StateView kind='empty' title={emptyTitle} detail={emptyDetail} />
  return (
    <View className='tx-notice-list' role='list' aria-label='公告列表'>
      {list.items.map((n) => (
        <NoticeRow key={n.id} notice={n} extra={extra?.(n)} onOpen={onOpen} />
      ))}
      <ListFooter list={list} endClassName='tx-muted tx-notice-list__end' />
    </View>
  )
}

export const NoticeList = observer(NoticeListView) as typeof NoticeListView
