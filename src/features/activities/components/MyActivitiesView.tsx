import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { MyActivity } from '@contract/api-activities'
import { StateView } from '@/components/StateView'
import { Tag } from '@/components/ui'
import { formatHours } from '@/domain/activity'
import { formatDateTime } from '@/domain/time'
import type { MyActivitiesStore } from '../stores/time-bank-store'
import './activities.css'

function Row({ m, onOpen }: { m: MyActivity; onOpen: (id: string) => void }) {
  const tag = m.signup === 'waitlisted' ? `候补第${m.position ?? ''}位` : m.attendance === 'noShow' ? '缺席' : m.hours != null ? `${formatHours(m.hours)}小时` : '已报名'
  return (
    <View className='tx-card tx-act-row' role='listitem' aria-label={m.title} onClick={() => onOpen(m.id)}>
      <View className='tx-act-row__head'>
        <Text className='tx-act-row__title'>{m.title}</Text>
        <Tag type={m.signup === 'waitlisted' ? 'warning' : 'success'}>{tag}</Tag>
      </View>
      <Text className='tx-muted'>{`${formatDateTime(m.startsAt)} · ${m.placeText}`}</Text>
    </View>
  )
}

/** 我的活动: what is coming (and my turn on a waiting list), then what I did. */
function MyActivitiesViewInner({ store, onOpen }: { store: MyActivitiesStore; onOpen: (id: string) => void }) {
  const r = store.mine
  if (!r.value) {
    if (r.status === 'error') return <StateView kind='error' title='加载失败' detail={r.error} actionText='重新加载' onAction={() => void store.load()} />
    return <StateView kind='loading' title='正在加载…' />
  }
  const { upcoming, past } = r.value
  if (!upcoming.length && !past.length) return <StateView kind='empty' title='还没有报名活动' detail='去“志愿活动”看看，报名参加吧。' />
  return (
    <View className='tx-act-detail'>
      <Text className='tx-act-line'>即将参加</Text>
      <View role='list' aria-label='即将参加'>
        {upcoming.length ? upcoming.map((m) => <Row key={m.id} m={m} onOpen={onOpen} />) : <Text className='tx-muted'>暂无</Text>}
      </View>
      <Text className='tx-act-line'>参加过的</Text>
      <View role='list' aria-label='参加过的'>
        {past.length ? past.map((m) => <Row key={m.id} m={m} onOpen={onOpen} />) : <Text className='tx-muted'>暂无</Text>}
      </View>
    </View>
  )
}

export const MyActivitiesView = observer(MyActivitiesViewInner)
