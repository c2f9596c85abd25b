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
import { MyActivitiesView } from '../../../../features/activities/components/MyActivitiesView'

/** 我的活动. */
function MyActivitiesPage() {
  const { session } = useStores()
  const activities = useFeature(activitiesFeature)
  useScreen(null, { load: () => activities.mine.load(), refresh: () => activities.mine.load() })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看我的活动'>
        <View className='tx-page'>
          <MyActivitiesView store={activities.mine} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.activityDetail(id) })} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(MyActivitiesPage)
