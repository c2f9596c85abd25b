import { useEffect } from 'react'
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '../../app/stores-context'
import { SessionGate } from '../../components/SessionGate'
import { HomeView } from '../../features/home/components/HomeView'

function IndexPage() {
  const { session, home } = useStores()

  // Load when a person is signed in and nothing is loaded: on open, after sign-in, after a reset.
  useEffect(() => {
    if (session.isSignedIn && home.status === 'idle') void home.load()
  }, [session.isSignedIn, home.status, home])
  usePullDownRefresh(() => {
    void home.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() => ({ title: '同心社区：找得到红管家，看得到社区事', path: '/pages/index/index' }))

  return (
    <SessionGate session={session} signedOutDetail='登录后查看您的楼道红管家和微网格长'>
      <View className='tx-page'>
        <HomeView
          store={home}
          displayName={session.me?.displayName ?? ''}
          onRegister={() => void Taro.showModal({ title: '住户登记', content: '请到社区服务站办理住户登记，线上登记即将开放。', showCancel: false })}
        />
      </View>
    </SessionGate>
  )
}

export default observer(IndexPage)
