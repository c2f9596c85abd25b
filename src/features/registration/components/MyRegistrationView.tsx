import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import type { MyRegistrationStore } from '../stores/my-registration-store'
import { RegistrationStatusCard } from './RegistrationStatusCard'

/** 我的登记: the status of my registration and why, with the way to correct a rejected one. */
export const MyRegistrationView = observer(function MyRegistrationView({ store, onRegister }: { store: MyRegistrationStore; onRegister: () => void }) {
  if (store.mineStatus === 'idle' || store.mineStatus === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.mineStatus === 'error')
    return <StateView kind='error' title='加载失败' detail={store.mineError} actionText='重新加载' onAction={() => void store.loadMine()} />
  if (!store.mine)
    return <StateView kind='empty' title='您还没有登记住址' detail='登记后可以找到您的楼道红管家和微网格长。' actionText='去登记' onAction={onRegister} />
  return <RegistrationStatusCard registration={store.mine} detailed onCorrect={onRegister} />
})
