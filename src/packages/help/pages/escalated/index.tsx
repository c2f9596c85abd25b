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

/** 转来的求助: requests nobody accepted in time, for the community's staff to take on. */
function Page() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  const allowed = capabilitiesOf(session.me).takeEscalatedHelp
  useScreen(help.escalated, { when: allowed })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区工作人员登录后查看转来的求助' allowed={allowed} deniedText='只有社区工作人员可以查看转来的求助。'>
        <View className='tx-page'>
          <HelpList list={help.escalated} label='转来的求助' emptyTitle='暂时没有转来的求助' emptyDetail='有新的求助时会通知您。' onOpen={(id) => void Taro.navigateTo({ url: ROUTES.helpDetail(id) })} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(Page)
