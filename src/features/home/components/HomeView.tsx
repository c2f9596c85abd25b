import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { greeting } from '@/domain/local-time'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import type { HomeStore } from '../stores/home-store'
import { ContactCard } from './ContactCard'
import { PlaceCard } from './PlaceCard'
import './home-view.css'

export interface HomeViewProps {
  store: HomeStore
  displayName: string
  onRegister: () => void
  /** 向红管家求助 and 我的求助 under the steward card. */
  onHelp?: () => void
  onMyHelp?: () => void
}

/** The home screen: greeting, my home, my red steward, my micro-grid leader. */
export const HomeView = observer(function HomeView({ store, displayName, onRegister, onHelp, onMyHelp }: HomeViewProps) {
  const { status, home } = store
  if (status === 'idle' || status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (status === 'noHome')
    return <StateView kind='empty' title='还没有绑定住址' detail={store.error} actionText='去登记' onAction={onRegister} />
  if (status === 'error' || !home)
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  return (
    <View>
      <View className='tx-home__hello'>
        <Text className='tx-home__greeting'>
          {greeting()}，{displayName}
        </Text>
        <Text className='tx-home__address'>{store.addressLine}</Text>
      </View>
      <ContactCard
        title='我的楼道红管家'
        subtitle={home.building.name}
        contact={home.steward}
        emptyText='您的楼栋暂时没有红管家，有事请联系社区。'
        callLabel='给红管家打电话'
        calling={store.calling === 'steward'}
        onCall={() => void store.call('steward')}
        photoUrl={home.steward?.photoUrl}
        lines={[
          ...(home.steward?.dutyHours ? [`值守时间：${home.steward.dutyHours}`] : []),
          ...(home.steward?.intro ? [home.steward.intro] : []),
        ]}
      >
        {onHelp && (
          <View className='tx-contact__actions'>
            <Button type='primary' className='tx-contact__help' onClick={onHelp}>
              向红管家求助
            </Button>
            {onMyHelp && (
              <Button type='default' className='tx-contact__help' onClick={onMyHelp}>
                我的求助
              </Button>
            )}
          </View>
        )}
      </ContactCard>
      <ContactCard
        title='我的微网格长'
        subtitle={home.microGrid ? `${home.microGrid.gridName} · ${home.microGrid.name}` : undefined}
        contact={home.microGrid?.leader ?? null}
        emptyText='您的微网格暂时没有网格长。'
        callLabel='给微网格长打电话'
        calling={store.calling === 'gridLeader'}
        onCall={() => void store.call('gridLeader')}
      />
      <PlaceCard home={home} />
    </View>
  )
})
