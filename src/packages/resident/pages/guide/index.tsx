import Taro, { useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { guideFeature } from '../../../../features/guide'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { Button } from '../../../../components/ui'
import { GuideChecklist } from '../../../../features/guide/components/GuideChecklist'

/** 新居民指南: the community's checklist for newcomers, ticked item by item. */
function GuidePage() {
  const { session } = useStores()
  const { guide } = useFeature(guideFeature)
  useScreen(null, { load: () => guide.load(), refresh: () => guide.refresh() })
  // Neighbours who just moved in are the ones to send it to; each sees their own community's guide.
  useShareAppMessage(() => ({ title: '新居民指南：居住证、入学、医保、垃圾分类', path: ROUTES.guide }))
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看您所在社区的新居民指南'>
        <View className='tx-page'>
          <GuideChecklist store={guide} onRegister={() => void Taro.navigateTo({ url: ROUTES.register })} />
          <Button className='tx-care-only' type='default' block onClick={() => void guide.refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(GuidePage)
