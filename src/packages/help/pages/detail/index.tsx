import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { helpFeature } from '../../../../features/help'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { confirmAction } from '../../../../components/confirm'
import { SessionGate } from '../../../../components/SessionGate'
import { HelpDetailView } from '../../../../features/help/components/HelpDetailView'

/** 求助详情: the timeline for the resident; accept, reply and resolve for the steward or staff. */
function HelpDetailPage() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  const { id = '', forUserId } = useRouter().params
  useScreen(null, {
    load: () => {
      if (id) void help.detail.open(id, forUserId ?? null)
    },
    refresh: () => help.detail.reload(),
  })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看求助'>
        <View className='tx-page'>
          <HelpDetailView store={help.detail} confirmCancel={() => confirmAction('取消求助', '确定取消这条求助吗？', '取消求助')} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(HelpDetailPage)
