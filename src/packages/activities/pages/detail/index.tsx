import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { confirmAction } from '@/components/confirm'
import { ActivityDetailView } from '@/features/activities/components/ActivityDetailView'

/** 活动详情: places left, organiser, 报名 / 候补 / 取消, and on the day 签到 / 签退. */
function ActivityDetailPage() {
  const { platform } = useStores()
  const activities = useFeature(activitiesFeature)
  const id = useRouter().params.id ?? ''
  useScreen(null, { when: !!id, load: () => activities.detail.open(id), refresh: () => activities.detail.open(id) })
  useShareAppMessage(() => ({ title: activities.detail.activity.value?.title ?? '志愿活动', path: ROUTES.activityDetail(id) }))
  return (
    <PageShell signedOutDetail='登录后查看并报名活动'>
      <ActivityDetailView
        store={activities.detail}
        canScan={platform.name === 'weapp'}
        confirm={confirmAction}
        onManage={(activityId) => void Taro.navigateTo({ url: ROUTES.activityManage(activityId) })}
      />
    </PageShell>
  )
}

export default observer(ActivityDetailPage)
