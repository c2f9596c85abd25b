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
import { Button } from '../../../../components/ui'
import { HelpList } from '../../../../features/help/components/HelpList'

/** 我的求助: the resident's requests, live ones first, each opening its timeline. */
function MyHelpPage() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  useScreen(help.mine)
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看您的求助'>
        <View className='tx-page'>
          <Button className='tx-page__action' type='primary' block onClick={() => go(ROUTES.helpNew())}>
            新的求助
          </Button>
          <HelpList list={help.mine} label='我的求助' emptyTitle='您还没有发过求助' emptyDetail='需要帮忙时，点上面的“新的求助”。' onOpen={(id) => go(ROUTES.helpDetail(id))} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(MyHelpPage)
