import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { helpFeature } from '../../../../features/help'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { capabilitiesOf } from '../../../../domain/roles'
import { HelpList } from '../../../../features/help/components/HelpList'

/** 求助收件箱: the requests of the buildings the steward looks after, waiting ones first. */
function Page() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  const allowed = capabilitiesOf(session.me).answerHelp
  useScreen(help.inbox, { when: allowed })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='楼道红管家登录后查看求助' allowed={allowed} deniedText='只有楼道红管家可以查看求助收件箱。'>
        <View className='tx-page'>
          <HelpList list={help.inbox} label='求助收件箱' emptyTitle='您负责的楼栋暂时没有求助' emptyDetail='有新的求助时会通知您。' onOpen={(id) => void Taro.navigateTo({ url: ROUTES.helpDetail(id) })} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(Page)
