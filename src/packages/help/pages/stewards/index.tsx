import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { helpFeature } from '../../../../features/help'
import { useStores } from '../../../../app/stores-context'
import { useSignedInLoad } from '../../../../app/use-signed-in-load'
import { SessionGate } from '../../../../components/SessionGate'
import { StewardAdmin } from '../../../../features/help/components/StewardAdmin'

/** 红管家安排: staff choose a building, see its stewards and history, assign by phone, end with a reason. */
function StewardsPage() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  useSignedInLoad(() => {
    if (session.isStaff && !help.stewards.communities.length) void help.stewards.start()
  })
  usePullDownRefresh(() => void help.stewards.reload().finally(() => Taro.stopPullDownRefresh()))
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区和街道工作人员登录后安排红管家' allowed={session.isStaff}>
        <View className='tx-page'>
          <StewardAdmin store={help.stewards} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(StewardsPage)
