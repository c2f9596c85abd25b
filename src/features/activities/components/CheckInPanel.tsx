import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { Button } from '@/components/ui'
import { TextField } from '@/components/TextField'
import { formatHours } from '@/domain/activity'
import { formatDateTime } from '@/domain/time'
import type { ActivityDetailStore } from '../stores/activity-detail-store'

/** On the day: scan the organiser's QR code (WeChat) or type the code shown on their phone. */
function CheckInPanelView({ store, canScan }: { store: ActivityDetailStore; canScan: boolean }) {
  const a = store.activity.value
  const step = store.onSiteStep
  if (!a || !step) return null
  const att = a.myAttendance
  const label = step === 'checkIn' ? '签到' : '签退'
  return (
    <View className='tx-card' role='region' aria-label='现场签到'>
      <View className='tx-act-line'>
        {att?.checkInAt ? `已签到：${formatDateTime(att.checkInAt)}` : '到达集合地点后，请扫组织者手机上的二维码签到。'}
        {att?.checkOutAt ? `；已签退：${formatDateTime(att.checkOutAt)}（约${formatHours(att.hours ?? 0)}小时）` : ''}
      </View>
      {canScan && (
        <Button type='primary' block size='large' loading={store.busy} onClick={() => void store.scan()}>
          {`扫码${label}`}
        </Button>
      )}
      <TextField label='签到码' hint='组织者手机上显示的8位码，每分钟更新' error={store.codeError} placeholder='例如 K7Q2M9XD' value={store.code} onChange={(v) => store.setCode(v)} />
      <Button type={canScan ? 'default' : 'primary'} block size='large' loading={store.busy} onClick={() => void store.submitCode()}>
        {`输入签到码${label}`}
      </Button>
    </View>
  )
}

export const CheckInPanel = observer(CheckInPanelView)
