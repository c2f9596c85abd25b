import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { noticesFeature } from '@/features/notices'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { confirmAction } from '@/components/confirm'
import { capabilitiesOf } from '@/domain/roles'
import { NoticeDetailView } from '@/features/notices/components/NoticeDetailView'

/** 公告详情: opened from the feed or a shared card; opening it marks it read. */
function NoticeDetailPage() {
  const { session, noticeShell } = useStores()
  const { detail: noticeDetail } = useFeature(noticesFeature)
  const id = useRouter().params.id ?? ''
  useSignedInLoad(() => {
    if (id) void noticeDetail.open(id)
  })
  // A shared card opens this same notice; the recipient sees it only if it is in their scope.
  useShareAppMessage(() => ({ title: noticeDetail.notice?.title ?? '社区公告', path: ROUTES.noticeDetail(id) }))
  return (
    <PageShell signedOutDetail='登录后查看公告'>
      <NoticeDetailView
        store={noticeDetail}
        isStaff={capabilitiesOf(session.me).staff}
        onOpenLink={(url) => noticeShell.openLink(url)}
        onEdit={(noticeId) => void Taro.navigateTo({ url: ROUTES.noticePublish(noticeId) })}
        onPreviewImage={(current, urls) => void Taro.previewImage({ current, urls })}
        confirm={confirmAction}
      />
    </PageShell>
  )
}

export default observer(NoticeDetailPage)
