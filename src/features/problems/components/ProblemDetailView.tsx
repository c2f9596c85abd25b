import { Image, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ProblemEventKind } from '@contract/api-problems'
import { StateView } from '@/components/StateView'
import { Tag } from '@/components/ui'
import { STATUS_LABELS } from '@/domain/problem'
import { formatDateTime } from '@/domain/time'
import type { ProblemDetailStore } from '../stores/problem-detail-store'
import { ProblemActions } from './ProblemActions'
import { ProblemSteps } from './ProblemSteps'
import './problems.css'

const EVENT_LABELS: Record<ProblemEventKind, string> = {
  reported: '反映问题',
  recorded: '走访登记',
  replied: '答复',
  updated: '更新进展',
  reassigned: '转派',
  solved: '标记已解决',
  reopened: '认为还没解决',
  confirmed: '确认已解决',
  autoConfirmed: '视为已解决',
  escalated: '逾期督办',
  rated: '评价',
}

/** One problem: status and steps, what was reported, the timeline, and what the viewer may do. */
export const ProblemDetailView = observer(function ProblemDetailView({ store }: { store: ProblemDetailStore }) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  const p = store.problem
  if (store.status === 'error' || !p)
    return <StateView kind='error' title='无法查看这个问题' detail={store.error} actionText='重新加载' onAction={() => store.problemId && void store.open(store.problemId)} />
  return (
    <View>
      <View className='tx-card'>
        <View className='tx-problem-row__head'>
          <Tag type={p.status === 'confirmed' || p.status === 'solved' ? 'success' : 'warning'}>{STATUS_LABELS[p.status]}</Tag>
          <Tag type='info'>{p.category}</Tag>
          {p.source === 'visit' && <Tag type='default'>走访收集</Tag>}
          {p.overdue && <Text className='tx-problem-flag'>已逾期</Text>}
        </View>
        <ProblemSteps status={p.status} />
        <Text className='tx-problem-text'>{p.description}</Text>
        {p.photos.length > 0 && (
          <View className='tx-problem-photos'>
            {p.photos.map((ph, i) => (
              <Image key={ph.id} className='tx-problem-photo' src={ph.url} mode='aspectFill' aria-label={`问题照片${i + 1}`} />
            ))}
          </View>
        )}
        <View className='tx-problem-row__meta'>
          <Text className='tx-muted'>{`地点：${p.where}`}</Text>
          <Text className='tx-muted'>{`反映时间：${formatDateTime(p.reportedAt)}`}</Text>
          <Text className='tx-muted'>{`反映人：${p.isReporter ? '我' : p.reporterName ?? '居民（未公开姓名）'}`}</Text>
          <Text className='tx-muted'>{`处理人：${p.handlerName ?? '待分派'}`}</Text>
          {!p.firstReplyAt && <Text className='tx-muted'>{`答复期限：${formatDateTime(p.replyDueAt)}`}</Text>}
          {p.status !== 'solved' && p.status !== 'confirmed' && <Text className='tx-muted'>{`办结期限：${formatDateTime(p.solveDueAt)}`}</Text>}
          {p.rating !== null && <Text className='tx-muted'>{`评分：${'★'.repeat(p.rating)}`}</Text>}
        </View>
      </View>
      <ProblemActions store={store} />
      <View className='tx-card' role='list' aria-label='办理经过'>
        <Text className='tx-problem-title'>办理经过</Text>
        {p.events.map((e, i) => (
          <View key={`${e.at}-${i}`} className='tx-problem-event' role='listitem'>
            <Text className='tx-problem-event__head'>{`${formatDateTime(e.at)} · ${e.actorName ?? '系统'} · ${EVENT_LABELS[e.kind]}`}</Text>
            {e.text && <Text className='tx-problem-text'>{e.text}</Text>}
            {e.photos.length > 0 && (
              <View className='tx-problem-photos'>
                {e.photos.map((ph, j) => (
                  <Image key={ph.id} className='tx-problem-photo' src={ph.url} mode='aspectFill' aria-label={`${EVENT_LABELS[e.kind]}照片${j + 1}`} />
                ))}
              </View>
            )}
          </View>
        ))}
      </View>
    </View>
  )
})
