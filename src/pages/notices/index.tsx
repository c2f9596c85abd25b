import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { SessionGate } from '@/components/SessionGate'
import { Button } from '@/components/ui'
import { capabilitiesOf } from '@/domain/roles'
import { NoticeList } from '@/features/notices/components/NoticeList'
import { UrgentAlertsButton } from '@/features/notify/components/UrgentAlertsButton'

/** 公告: the person's street, community and building notices, pinned first; the badge follows what is unread. */
function NoticesPage() {
  const { session, noticeFeed, notify } = useStores()
  const go = (url: string) => void Taro.navigateTo({ url })
  // Every show: a notice may have been read elsewhere or published meanwhile; the badge is set again.
  useScreen(null, { load: () => noticeFeed.load(), refresh: () => noticeFeed.refresh(), more: () => noticeFeed.loadMore() })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看街道、社区和楼栋的公告'>
        <View className='tx-page'>
          <View className='tx-notices-head'>
            <Button type='default' size='small' onClick={() => go(ROUTES.noticeHistory)}>
              历史与搜索
            </Button>
            <UrgentAlertsButton store={notify.urgentAlerts} />
            {capabilitiesOf(session.me).publishNotices && (
              <Button type='primary' size='small' onClick={() => go(ROUTES.noticePublish())}>
                发布公告
              </Button>
            )}
          </View>
          <NoticeList list={noticeFeed.list} emptyTitle='暂时没有公告' emptyDetail='街道、社区和您楼栋的新公告会显示在这里。' onOpen={(id) => go(ROUTES.noticeDetail(id))} />
          <Button className='tx-care-only' type='default' block onClick={() => void noticeFeed.refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(NoticesPage)
