import Taro, { useShareAppMessage } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { MenuList } from '@/components/MenuList'
import { capabilitiesOf } from '@/domain/roles'
import { ActivityList } from '@/features/activities/components/ActivityList'

/** 志愿活动 (红色召集令): upcoming activities with filters, the campaign calendar, my activities and time bank. */
function ActivityListPage() {
  const { session, home } = useStores()
  const activities = useFeature(activitiesFeature)
  const { list } = activities
  useScreen(null, { load: () => list.load(), refresh: () => list.list.refresh(), more: () => list.list.loadMore() })
  useShareAppMessage(() => ({ title: '红色召集令：一起来做志愿者', path: ROUTES.activities }))
  const go = (url: string) => () => void Taro.navigateTo({ url })
  const campaign = list.campaign
  return (
    <PageShell signedOutDetail='登录后报名志愿活动'>
      <MenuList
        title='红色召集令'
        entries={[
          ...(campaign ? [{ key: 'calendar', label: '活动日历', detail: campaign.name, onOpen: go(ROUTES.activityCalendar(campaign.id)) }] : []),
          { key: 'mine', label: '我的活动', detail: '已报名、候补、参加过的', onOpen: go(ROUTES.myActivities) },
          { key: 'bank', label: '我的时间银行', detail: '志愿时长与证书', onOpen: go(ROUTES.timeBank) },
          ...(capabilitiesOf(session.me).createActivities ? [{ key: 'create', label: '发起活动', detail: '工作人员', onOpen: go(ROUTES.activityCreate) }] : []),
        ]}
      />
      <ActivityList store={list} myCommunityId={home.home?.community.id ?? null} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.activityDetail(id) })} />
    </PageShell>
  )
}

export default observer(ActivityListPage)
