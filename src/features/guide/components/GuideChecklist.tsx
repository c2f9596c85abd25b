import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import type { GuideStore } from '../stores/guide-store'
import './guide.css'

export interface GuideChecklistProps {
  store: GuideStore
  onRegister: () => void
}

/** 新居民指南: what a newcomer needs in their community, each item ticked when done. */
export const GuideChecklist = observer(function GuideChecklist({ store, onRegister }: GuideChecklistProps) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'noCommunity')
    return <StateView kind='empty' title='登记住址后可查看' detail='新居民指南按社区提供，请先完成住户登记。' actionText='去登记' onAction={onRegister} />
  if (store.status === 'error')
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  if (store.items.length === 0) return <StateView kind='empty' title='社区还没有发布新居民指南' detail='有事可以先联系您的楼道红管家。' />
  return (
    <View className='tx-guide'>
      <View className='tx-guide__head'>
        <Text className='tx-guide__community'>{store.community?.name}</Text>
        <Text className='tx-guide__progress' aria-live='polite'>
          已完成 {store.doneCount}/{store.items.length}
        </Text>
      </View>
      {store.sorted.map((item) => (
        <View
          key={item.id}
          className={`tx-card tx-guide__item ${item.done ? 'tx-guide__item--done' : ''}`}
          role='checkbox'
          aria-checked={item.done}
          aria-label={item.title}
          aria-busy={store.ticking.has(item.id)}
          onClick={() => void store.toggle(item.id)}
        >
          <View className={`tx-check__box ${item.done ? 'tx-check__box--on' : ''}`} aria-hidden>
            {item.done ? '✓' : ''}
          </View>
          <View className='tx-guide__text'>
            <Text className='tx-guide__title'>{item.title}</Text>
            {/* Staff write this text: shown as text, never as markup. */}
            {item.body && <Text className='tx-guide__body'>{item.body}</Text>}
          </View>
        </View>
      ))}
      {store.error && <Text className='tx-field__error'>{store.error}</Text>}
    </View>
  )
})
