import Taro, { useShareAppMessage } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { guideFeature } from '@/features/guide'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { CareRefreshButton } from '@/components/CareRefreshButton'
import { GuideChecklist } from '@/features/guide/components/GuideChecklist'

/** 新居民指南: the community's checklist for newcomers, ticked item by item. */
function GuidePage() {
  const { guide } = useFeature(guideFeature)
  useScreen(null, { load: () => guide.load(), refresh: () => guide.refresh() })
  // Neighbours who just moved in are the ones to send it to; each sees their own community's guide.
  useShareAppMessage(() => ({ title: '新居民指南：居住证、入学、医保、垃圾分类', path: ROUTES.guide }))
  return (
    <PageShell signedOutDetail='登录后查看您所在社区的新居民指南'>
      <GuideChecklist store={guide} onRegister={() => void Taro.navigateTo({ url: ROUTES.register })} />
      <CareRefreshButton onRefresh={() => void guide.refresh()} />
    </PageShell>
  )
}

export default observer(GuidePage)
