import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { noticesFeature } from '@/features/notices'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { NoticeList } from '@/features/notices/components/NoticeList'
import type { PublishedNotice } from '@/features/notices/notices-repository'

const STATUS = { draft: '', published: '', withdrawn: ' · 已撤回', hidden: ' · 已隐藏' } as const
const readLine = (n: PublishedNotice) => (n.status === 'draft' ? '草稿 · 未发布，点开继续编辑' : `已读 ${n.readHouseholds} / ${n.households} 户${STATUS[n.status]}`)

/** 我发布的: the person's notices, newest first, with how many households have read each. */
function MyNoticesPage() {
  const { session } = useStores()
  const { mine: noticeMine } = useFeature(noticesFeature)
  useScreen(noticeMine, { more: () => noticeMine.loadMore() })
  return (
    <PageShell signedOutDetail='登录后查看您发布的公告' allowed={capabilitiesOf(session.me).publishNotices}>
      <NoticeList
        list={noticeMine}
        emptyTitle='您还没有发布过公告'
        extra={readLine}
        onOpen={(id) => {
          const draft = noticeMine.items.find((n) => n.id === id)?.status === 'draft'
          void Taro.navigateTo({ url: draft ? ROUTES.noticePublish(id) : ROUTES.noticeDetail(id) })
        }}
      />
    </PageShell>
  )
}

export default observer(MyNoticesPage)
