import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ProblemListItem } from '@contract/api-problems'
import { StateView } from '@/components/StateView'
import { ListFooter } from '@/components/ListFooter'
import { Tag } from '@/components/ui'
import { STATUS_LABELS } from '@/domain/problem'
import { formatDateTime } from '@/domain/time'
import type { PagedList } from '@/stores/paged-list'
import './problems.css'

export interface ProblemListProps {
  list: PagedList<ProblemListItem>
  emptyTitle: string
  emptyDetail?: string
  /** Handlers see who handles it and escalation; residents see their own steps. */
  forHandler?: boolean
  onOpen: (id: string) => void
}

function ProblemRow({ p, forHandler, onOpen }: { p: ProblemListItem; forHandler: boolean; onOpen: (id: string) => void }) {
  const flags = [p.overdue ? '已逾期' : '', p.escalation === 2 ? '街道督办' : p.escalation === 1 ? '社区督办' : ''].filter(Boolean)
  return (
    <View className='tx-card' role='listitem' aria-label={`${STATUS_LABELS[p.status]} ${p.category} ${p.summary}`} onClick={() => onOpen(p.id)}>
      <View className='tx-problem-row__head'>
        <Tag type={p.status === 'confirmed' || p.status === 'solved' ? 'success' : 'warning'}>{STATUS_LABELS[p.status]}</Tag>
        <Tag type='info'>{p.category}</Tag>
        {p.source === 'visit' && <Tag type='default'>走访</Tag>}
        {flags.map((f) => (
          <Text key={f} className='tx-problem-flag'>
            {f}
          </Text>
        ))}
      </View>
      <Text className='tx-problem-row__summary'>{p.summary}</Text>
      <View className='tx-problem-row__meta'>
        <Text className='tx-muted'>{p.where}</Text>
        <Text className='tx-muted'>{formatDateTime(p.reportedAt)}</Text>
        {forHandler && <Text className='tx-muted'>{p.handlerName ? `处理人：${p.handlerName}` : '待分派'}</Text>}
      </View>
    </View>
  )
}

/** A paged list of problems with its loading, empty and error states and 加载更多. */
export const ProblemList = observer(function ProblemList({ list, emptyTitle, emptyDetail, forHandler = false, onOpen }: ProblemListProps) {
  if (list.status === 'idle' || list.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (list.status === 'error') return <StateView kind='error' title='加载失败' detail={list.error} actionText='重新加载' onAction={() => void list.load()} />
  if (list.items.length === 0) return <StateView kind='empty' title={emptyTitle} detail={emptyDetail} />
  return (
    <View role='list' aria-label='问题列表'>
      {list.items.map((p) => (
        <ProblemRow key={p.id} p={p} forHandler={forHandler} onOpen={onOpen} />
      ))}
      <ListFooter list={list} />
    </View>
  )
})
