import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '../../app/stores-context'
import { SessionGate } from '../../components/SessionGate'
import { Button } from '../../components/ui'
import { ProfileCard } from '../../features/session/components/ProfileCard'

function MinePage() {
  const root = useStores()
  const { session } = root
  const toPrivacy = () => void Taro.navigateTo({ url: '/pages/privacy/index' })

  const signOut = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定退出当前账号吗？' })
    if (!confirm) return
    await root.signOut()
    void Taro.switchTab({ url: '/pages/index/index' })
  }
  return (
    <SessionGate session={session} signedOutTitle='您还没有登录' signedOutDetail='登录后查看个人资料'>
      <View className='tx-page'>
        {session.me && <ProfileCard me={session.me} roleLabel={session.roleLabel} />}
        <View className='tx-card' onClick={toPrivacy} role='link'>
          <Text>隐私保护指引</Text>
        </View>
        <Button className='tx-mine__signout' block type='default' onClick={() => void signOut()}>
          退出登录
        </Button>
      </View>
    </SessionGate>
  )
}

export default observer(MinePage)
