import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { Button } from '@/components/ui'
import { ProblemList } from '@/features/problems/components/ProblemList'
import { VisitDayBanner } from '@/features/problems/components/VisitDayBanner'
import { QUEUE_FILTERS } from '@/features/problems/stores/problem-queue-store'
import '@/features/problems/components/problems.css'

/** 问题处理: the handler's workspace (grid leaders, stewards, staff), with the visit-day banner. */
function ProblemQueuePage() {
  const { session } = useStores()
  const problems = useFeature(problemsFeature)
  const { queue } = problems
  const go = (url: string) => void Taro.navigateTo({ url })
  useScreen(queue.list, { more: () => queue.list.loadMore() })
  return (
    <PageShell signedOutDetail='网格长、红管家和工作人员登录后处理居民问题' allowed={capabilitiesOf(session.me).handleProblems} deniedText='这一页只对网格长、楼道红管家和社区、街道工作人员开放。'>
      <VisitDayBanner text={queue.banner} onRecord={() => go(ROUTES.problemVisit)} />
      <View className='tx-problem-tabs' role='tablist'>
        {QUEUE_FILTERS.map((f) => (
          <View key={f.key} className={`tx-problem-chip ${queue.filter === f.key ? 'tx-problem-chip--on' : ''}`} role='tab' aria-selected={queue.filter === f.key} onClick={() => void queue.setFilter(f.key)}>
            {f.label}
          </View>
        ))}
      </View>
      <ProblemList list={queue.list} forHandler emptyTitle='这里没有问题' emptyDetail='新问题会出现在“待我处理”里。' onOpen={(id) => go(ROUTES.problemDetail(id))} />
      <Button className='tx-page__action' type='default' block onClick={() => go(ROUTES.problemVisit)}>
        走访登记
      </Button>
    </PageShell>
  )
}

export default observer(ProblemQueuePage)
