import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { Button, Tag } from '@/components/ui'
import { formatHours } from '@/domain/activity'
import { formatDateTime } from '@/domain/time'
import type { ManageStore } from '../stores/manage-store'
import { CheckInQr } from './CheckInQr'
import './activities.css'

function attendanceTag(e: { attendance: string | null; checkInAt: string | null; checkOutAt: string | null }): string {
  if (e.attendance === 'noShow') return '缺席'
  if (e.checkOutAt) return '已签退'
  if (e.checkInAt) return '已签到'
  return '未到'
}

/** The organiser's phone: the code of this minute, who has come, attendance by hand, and 确认时长. */
function ManageViewInner({ store, confirm }: { store: ManageStore; confirm: (title: string, content: string) => Promise<boolean> }) {
  const roster = store.roster
  const c = store.counts
  const close = async () => {
    if (await confirm('确认时长', '确认后活动结束，时长记入每位志愿者的时间银行，不能再修改。确定吗？')) void store.confirm()
  }
  return (
    <View className='tx-act-detail'>
      <View className='tx-card' role='region' aria-label='签到码'>
        {store.confirmed ? (
          <Text className='tx-act-line'>{`已确认：${store.confirmed.credited}人共${formatHours(store.confirmed.hours)}小时，缺席${store.confirmed.noShows}人。`}</Text>
        ) : store.code ? (
          <>
            <Text className='tx-muted'>请志愿者用微信扫码或输入下面的签到码（每分钟更新）</Text>
            {store.qrPayload && <CheckInQr payload={store.qrPayload} />}
            <Text className='tx-act-code' aria-label='当前签到码'>
              {store.code}
            </Text>
            {store.expiresAt && <Text className='tx-muted'>{`有效至 ${formatDateTime(store.expiresAt).slice(-5)}`}</Text>}
          </>
        ) : (
          <Text className='tx-field__error'>{store.codeError ?? '正在获取签到码…'}</Text>
        )}
      </View>
      <View className='tx-card'>
        <Text className='tx-act-line'>{`正式报名 ${c.confirmed} 人，已签到 ${c.checkedIn} 人，已签退 ${c.checkedOut} 人`}</Text>
        {roster.status === 'loading' && <StateView kind='loading' title='正在加载名单…' />}
        {roster.status === 'error' && <StateView kind='error' title='名单加载失败' detail={roster.error} actionText='重新加载' onAction={() => void store.loadRoster()} />}
        <View role='list' aria-label='报名名单'>
          {(roster.value ?? []).map((e) => (
            <View key={e.signupId} className='tx-act-roster__row' role='listitem' aria-label={e.name}>
              <Text className='tx-act-roster__name'>{e.name}</Text>
              <Text className='tx-muted'>{e.phone}</Text>
              {e.status === 'waitlisted' ? <Tag type='warning'>{`候补${e.position}`}</Tag> : <Tag type='info'>{attendanceTag(e)}</Tag>}
              {e.status === 'confirmed' && <Text className='tx-muted'>{`${formatHours(e.hours)}小时`}</Text>}
              {e.status === 'confirmed' && !store.confirmed && (
                <>
                  <Button size='small' type='default' disabled={store.busy} onClick={() => void store.mark(e.userId, true)}>
                    到场
                  </Button>
                  <Button size='small' type='default' disabled={store.busy} onClick={() => void store.mark(e.userId, false)}>
                    缺席
                  </Button>
                </>
              )}
            </View>
          ))}
        </View>
      </View>
      {!store.confirmed && (
        <Button type='primary' block size='large' loading={store.busy} onClick={() => void close()}>
          结束活动并确认时长
        </Button>
      )}
    </View>
  )
}

export const ManageView = observer(ManageViewInner)
