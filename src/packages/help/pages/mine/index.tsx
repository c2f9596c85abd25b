import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { helpFeature } from '@/features/help'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { Button } from '@/components/ui'
import { HelpList } from '@/features/help/components/HelpList'

/** 我的求助: the resident's requests, live ones first, each opening its timeline. */
function MyHelpPage() {
  const help = useFeature(helpFeature)
  useScreen(help.mine)
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <PageShell signedOutDetail='登录后查看您的求助'>
      <Button className='tx-page__action' type='primary' block onClick={() => go(ROUTES.helpNew())}>
        新的求助
      </Button>
      <HelpList list={help.mine} label='我的求助' emptyTitle='您还没有发过求助' emptyDetail='需要帮忙时，点上面的“新的求助”。' onOpen={(id) => go(ROUTES.helpDetail(id))} />
    </PageShell>
  )
}

export default observer(MyHelpPage)
