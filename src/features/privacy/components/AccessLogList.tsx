import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { formatDateTime } from '@/domain/time'
import type { AccessLogStore } from '../stores/access-log-store'
import { roleLabel } from './role-label'
import '@/components/rows.css'
import './privacy.css'

/** 谁查看过我的资料: who opened my full profile, and when. */
export const AccessLogList = observer(function AccessLogList({ store }: { store: AccessLogStore }) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error')
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  if (store.items.length === 0)
    return <StateView kind='empty' title='还没有人查看过您的资料' detail='社区工作人员或楼道红管家每次查看您的完整资料都会记录在这里。' />
  return (
    <View className='tx-card' role='list' aria-label='查看记录'>
      <Text className='tx-card__title'>每次查看都会记录，只有您本人能看到这份记录。</Text>
      {store.newestFirst.map((r, i) => (
        <View className='tx-row' role='listitem' key={`${r.at}-${i}`}>
          <Text className='tx-data__label'>{formatDateTime(r.at)}</Text>
          <Text className='tx-row__value'>
            {r.viewerName}（{roleLabel(r.viewerRole)}）
          </Text>
        </View>
      ))}
    </View>
  )
})
