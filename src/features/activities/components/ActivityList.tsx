import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ActivityTheme } from '@contract/api-activities'
import { StateView } from '@/components/StateView'
import { ListFooter } from '@/components/ListFooter'
import { ACTIVITY_THEMES } from '@/domain/activity'
import type { ActivityListStore } from '../stores/activity-list-store'
import { ActivityRow } from './ActivityRow'

function Chip({ label, on, onTap }: { label: string; on: boolean; onTap: () => void }) {
  return (
    <View className={`tx-act-chip ${on ? 'tx-act-chip--on' : ''}`} role='button' aria-pressed={on} onClick={onTap}>
      {label}
    </View>
  )
}

/** Filters (theme, places left, my community) and the paged list with its states. */
function ActivityListView({ store, myCommunityId, onOpen }: { store: ActivityListStore; myCommunityId: string | null; onOpen: (id: string) => void }) {
  const list = store.list
  const pick = (t: ActivityTheme | null) => () => store.setTheme(store.theme === t ? null : t)
  let body
  if (list.status === 'idle' || list.status === 'loading') body = <StateView kind='loading' title='正在加载…' />
  else if (list.status === 'error') body = <StateView kind='error' title='加载失败' detail={list.error} actionText='重新加载' onAction={() => void list.load()} />
  else if (!list.items.length) body = <StateView kind='empty' title='暂时没有活动' detail='换个筛选条件，或过几天再来看看。' />
  else
    body = (
      <View role='list' aria-label='活动列表'>
        {list.items.map((a) => (
          <ActivityRow key={a.id} activity={a} onOpen={onOpen} />
        ))}
        <ListFooter list={list} showError={false} endClassName='tx-muted tx-notice-list__end' />
      </View>
    )
  return (
    <View>
      <View className='tx-act-filters' role='group' aria-label='筛选'>
        <Chip label='全部主题' on={!store.theme} onTap={pick(null)} />
        {ACTIVITY_THEMES.map((t) => (
          <Chip key={t} label={t} on={store.theme === t} onTap={pick(t)} />
        ))}
        <Chip label='只看有名额' on={store.hasPlaces} onTap={() => store.toggleHasPlaces()} />
        {myCommunityId && <Chip label='只看本社区' on={store.communityId === myCommunityId} onTap={() => store.setCommunity(store.communityId ? null : myCommunityId)} />}
      </View>
      {body}
    </View>
  )
}

export const ActivityList = observer(ActivityListView)
