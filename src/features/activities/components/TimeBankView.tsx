import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { formatHours } from '@/domain/activity'
import { formatDate } from '@/domain/time'
import type { TimeBankStore } from '../stores/time-bank-store'
import './activities.css'

/** 我的时间银行: balance, this year, history, totals, the leaderboard and a certificate to share. */
function TimeBankViewInner({ store, onCertificate }: { store: TimeBankStore; onCertificate: (name: string, hours: number) => void }) {
  const bank = store.bank.value
  if (!bank) {
    if (store.bank.status === 'error') return <StateView kind='error' title='加载失败' detail={store.bank.error} actionText='重新加载' onAction={() => void store.load()} />
    return <StateView kind='loading' title='正在加载…' />
  }
  const totals = store.totals.value
  return (
    <View className='tx-act-detail'>
      <View className='tx-card' role='region' aria-label='时长余额'>
        <Text className='tx-muted'>累计志愿时长（小时）</Text>
        <Text className='tx-act-bank__balance' aria-label='累计时长'>
          {formatHours(bank.balanceHours)}
        </Text>
        <View className='tx-act-bank__figures'>
          <Text className='tx-act-line'>{`今年 ${formatHours(bank.yearHours)} 小时`}</Text>
          <Text className='tx-act-line'>{`参加活动 ${bank.activityCount} 次`}</Text>
        </View>
        <Button type='default' block disabled={bank.balanceHours <= 0} onClick={() => onCertificate(bank.name, bank.balanceHours)}>
          查看并分享志愿证书
        </Button>
      </View>
      <View className='tx-card' role='list' aria-label='时长明细'>
        <Text className='tx-act-line'>时长明细</Text>
        {bank.entries.length === 0 && <Text className='tx-muted'>还没有记录。报名参加一次志愿活动吧。</Text>}
        {bank.entries.map((e) => (
          <View key={e.id} className='tx-act-roster__row' role='listitem'>
            <Text className='tx-act-roster__name'>{e.title}</Text>
            <Text className='tx-muted'>{formatDate(e.confirmedAt)}</Text>
            <Text className='tx-act-places'>{`${e.hours > 0 ? '+' : ''}${formatHours(e.hours)}小时`}</Text>
            {e.reason && <Text className='tx-muted'>{`原因：${e.reason}`}</Text>}
          </View>
        ))}
      </View>
      {totals && (
        <View className='tx-card'>
          <Text className='tx-act-line'>{`全街道：${formatHours(totals.street.hours)}小时，${totals.street.volunteers}名志愿者，${totals.street.activities}场活动`}</Text>
          {totals.community && <Text className='tx-act-line'>{`${totals.community.name}：${formatHours(totals.community.hours)}小时，${totals.community.volunteers}名志愿者`}</Text>}
        </View>
      )}
      <View className='tx-card' role='list' aria-label='排行榜'>
        <ToggleRow label='在排行榜上显示我' detail='只显示姓氏和时长，随时可以退出' on={bank.onLeaderboard} onChange={(on) => void store.setOptIn(on)} />
        {(store.board.value ?? []).map((r) => (
          <View key={`${r.rank}`} className='tx-act-roster__row' role='listitem'>
            <Text className='tx-act-line'>{`${r.rank}.`}</Text>
            <Text className='tx-act-roster__name'>{`${r.name}${r.isMe ? '（我）' : ''}`}</Text>
            <Text className='tx-muted'>{r.community}</Text>
            <Text className='tx-act-places'>{`${formatHours(r.hours)}小时`}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export const TimeBankView = observer(TimeBankViewInner)
