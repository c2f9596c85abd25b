import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { formatDate } from '@/domain/time'
import type { ActivityListStore } from '../stores/activity-list-store'
import './activities.css'

/** A campaign's calendar: each activity day with its activities and places left. */
function CalendarViewInner({ store, onOpen }: { store: ActivityListStore; onOpen: (id: string) => void }) {
  const r = store.calendar
  if (!r.value) {
    if (r.status === 'error') return <StateView kind='error' title='加载失败' detail={r.error} />
    return <StateView kind='loading' title='正在加载…' />
  }
  const { campaign, days } = r.value
  return (
    <View className='tx-card'>
      <Text className='tx-act-detail__title'>{campaign.name}</Text>
      <Text className='tx-muted'>{`${formatDate(campaign.startsOn)} – ${formatDate(campaign.endsOn)}，共${campaign.activityCount}场活动`}</Text>
      {days.length === 0 && <Text className='tx-muted'>还没有安排活动。</Text>}
      <View role='list' aria-label='活动日历'>
        {days.map((d) => (
          <View key={d.day} className='tx-act-cal__day' role='listitem'>
            <Text className='tx-act-cal__date'>{formatDate(d.day)}</Text>
            {d.activities.map((a) => (
              <View key={a.id} className='tx-link' role='button' onClick={() => onOpen(a.id)}>
                {`${a.title}（${a.theme}）${a.placesLeft > 0 ? `剩${a.placesLeft}个名额` : '已满'}`}
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}

export const CalendarView = observer(CalendarViewInner)
