import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { helpFeature } from '@/features/help'
import { useScreen } from '@/app/use-screen'
import { confirmAction } from '@/components/confirm'
import { HelpDetailView } from '@/features/help/components/HelpDetailView'

/** 求助详情: the timeline for the resident; accept, reply and resolve for the steward or staff. */
function HelpDetailPage() {
  const help = useFeature(helpFeature)
  const { id = '', forUserId } = useRouter().params
  useScreen(null, { when: !!id, load: () => help.detail.open(id, forUserId ?? null), refresh: () => help.detail.reload() })
  return (
    <PageShell signedOutDetail='登录后查看求助'>
      <HelpDetailView store={help.detail} confirmCancel={() => confirmAction('取消求助', '确定取消这条求助吗？', '取消求助')} />
    </PageShell>
  )
}

export default observer(HelpDetailPage)
