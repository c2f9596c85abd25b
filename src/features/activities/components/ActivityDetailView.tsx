import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { Button, Tag } from '@/components/ui'
import { formatHours } from '@/domain/activity'
import { formatDateTime } from '@/domain/time'
import type { ActivityDetailStore } from '../stores/activity-detail-store'
import { mineLine, placesLine } from './ActivityRow'
import { CheckInPanel } from './CheckInPanel'
import './activities.css'

export interface ActivityDetailViewProps {
  store: ActivityDetailStore
  canScan: boolean
  confirm: (title: string, content: string) => Promise<boolean>
  onManage: (id: string) => void
}

/** One activity: when, where, who organises, places left; 报名 / 取消报名; on-site check-in. */
function ActivityDetailViewInner({ store, canScan, confirm, onManage }: ActivityDetailViewProps) {
  const r = store.activity
  const a = r.value
  if (!a) {
    if (r.status === 'error') return <StateView kind='error' title='加载失败' detail={r.error} />
    return <StateView kind='loading' title='正在加载…' />
  }
  const mine = mineLine(a.mine)
  const cancel = async () => {
    if (await confirm('取消报名', a.mine?.status === 'confirmed' ? '取消后名额会让给候补的人，确定取消吗？' : '确定不再候补了吗？')) void store.cancel()
  }
  return (
    <View className='tx-act-detail'>
      <View className='tx-card'>
        <View className='tx-act-row__head'>
          <Tag type='info'>{a.theme}</Tag>
          {a.campaign && <Tag type='danger'>{a.campaign.name}</Tag>}
        </View>
        <Text className='tx-act-detail__title'>{a.title}</Text>
        <Text className='tx-act-line'>{`时间：${formatDateTime(a.startsAt)} – ${formatDateTime(a.endsAt).slice(-5)}`}</Text>
        <Text className='tx-act-line'>{`集合地点：${a.place.text}`}</Text>
        <Text className='tx-act-line'>{`组织者：${a.organiser.name}（${a.organiser.role}）`}</Text>
        <Text className='tx-act-line'>{`报名截止：${formatDateTime(a.signupDeadline)}`}</Text>
        {a.fixedHours ? <Text className='tx-act-line'>{`记录时长：固定${formatHours(a.fixedHours)}小时`}</Text> : null}
        {a.communities.length > 0 && <Text className='tx-muted'>{`面向：${a.communities.map((c) => c.name).join('、')}`}</Text>}
        <Text className='tx-act-places' aria-label='名额'>
          {placesLine(a)}
        </Text>
        {mine && <Text className='tx-act-line'>{`我的报名：${mine}`}</Text>}
        {a.myAttendance?.hours != null && a.status === 'closed' && <Text className='tx-act-line'>{`已记入时间银行：${formatHours(a.myAttendance.hours)}小时`}</Text>}
      </View>
      {(a.description || a.bring) && (
        <View className='tx-card'>
          {a.description && <Text className='tx-act-line'>{a.description}</Text>}
          {a.bring && <Text className='tx-act-line'>{`请携带：${a.bring}`}</Text>}
        </View>
      )}
      {store.canSignUp && (
        <Button type='primary' block size='large' loading={store.busy} onClick={() => void store.signUp()}>
          {a.placesLeft > 0 ? '报名参加' : '加入候补'}
        </Button>
      )}
      <CheckInPanel store={store} canScan={canScan} />
      {store.canCancel && (
        <Button type='default' block loading={store.busy} onClick={() => void cancel()}>
          取消报名
        </Button>
      )}
      {a.canManage && (
        <Button type='default' block onClick={() => onManage(a.id)}>
          组织者：签到码与考勤
        </Button>
      )}
    </View>
  )
}

export const ActivityDetailView = observer(ActivityDetailViewInner)
