import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { MyActivitiesView } from '@/features/activities/components/MyActivitiesView'

/** 我的活动. */
function MyActivitiesPage() {
  const activities = useFeature(activitiesFeature)
  useScreen(null, { load: () => activities.mine.load(), refresh: () => activities.mine.load() })
  return (
    <PageShell signedOutDetail='登录后查看我的活动'>
      <MyActivitiesView store={activities.mine} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.activityDetail(id) })} />
    </PageShell>
  )
}

export default observer(MyActivitiesPage)
