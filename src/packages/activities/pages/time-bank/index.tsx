import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { activitiesFeature } from '../../../../features/activities'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { TimeBankView } from '../../../../features/activities/components/TimeBankView'

/** 我的时间银行. */
function TimeBankPage() {
  const { session } = useStores()
  const activities = useFeature(activitiesFeature)
  useScreen(null, { load: () => activities.timeBank.load(), refresh: () => activities.timeBank.load() })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看我的志愿时长'>
        <View className='tx-page'>
          <TimeBankView store={activities.timeBank} onCertificate={(name, hours) => void Taro.navigateTo({ url: ROUTES.timeBankCertificate(name, hours) })} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(TimeBankPage)
