import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { CalendarView } from '@/features/activities/components/CalendarView'

/** 活动日历: every day of the campaign with its activities. */
function CalendarPage() {
  const activities = useFeature(activitiesFeature)
  const id = useRouter().params.id ?? ''
  useSignedInLoad(() => {
    if (id) void activities.list.loadCalendar(id)
  })
  return (
    <PageShell signedOutDetail='登录后查看活动日历'>
      <CalendarView store={activities.list} onOpen={(activityId) => void Taro.navigateTo({ url: ROUTES.activityDetail(activityId) })} />
    </PageShell>
  )
}

export default observer(CalendarPage)
