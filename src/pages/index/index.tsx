import Taro, { useDidShow, usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '../../app/stores-context'
import { StateView } from '../../components/StateView'
import { HomeView } from '../../features/home/components/HomeView'

function IndexPage() {
  const { session, home } = useStores()

  useDidShow(() => {
    if (session.isSignedIn && home.status === 'idle') void home.load()
  })
  usePullDownRefresh(() => {
    void home.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() => ({ title: '同心社区：找得到红管家，看得到社区事', path: '/pages/index/index' }))

  if (session.status === 'idle' || session.status === 'restoring') return <StateView kind='loading' title='正在登录…' />
  if (!session.isSignedIn)
    return (
      <StateView
        kind='empty'
        title='欢迎来到同心社区'
        detail='登录后查看您的楼道红管家和微网格长'
        actionText='登录'
        onAction={() => void Taro.navigateTo({ url: '/pages/login/index' })}
      />
    )
  // Loaded on first show after sign-in; also when the session arrives while this page is open.
  if (home.status === 'idle') void home.load()
  return (
    <View className='tx-page'>
      <HomeView
        store={home}
        displayName={session.me?.displayName ?? ''}
        onRegister={() => void Taro.showModal({ title: '住户登记', content: '请到社区服务站办理住户登记，线上登记即将开放。', showCancel: false })}
      />
    </View>
  )
}

export default observer(IndexPage)
