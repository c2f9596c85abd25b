import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { privacyFeature } from '../../../../features/privacy'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { Button } from '../../../../components/ui'
import { AccessLogList } from '../../../../features/privacy/components/AccessLogList'

/** 谁查看过我的资料: each time staff or a steward opened my full profile. */
function AccessLogPage() {
  const { session } = useStores()
  const { accessLog } = useFeature(privacyFeature)
  useScreen(accessLog)
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看谁查看过您的资料'>
        <View className='tx-page'>
          <AccessLogList store={accessLog} />
          <Button className='tx-care-only' type='default' block onClick={() => void accessLog.refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(AccessLogPage)
