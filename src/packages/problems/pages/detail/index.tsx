import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { ProblemDetailView } from '@/features/problems/components/ProblemDetailView'

/** One problem: its steps and timeline, and what the viewer may do now. */
function ProblemDetailPage() {
  const problems = useFeature(problemsFeature)
  const id = useRouter().params.id ?? ''
  useScreen(null, { load: () => problems.detail.open(id), refresh: () => problems.detail.open(id) })
  // Shares the way in, never the problem: others may not see it.
  useShareAppMessage(() => ({ title: '同心社区：有问题，找网格长', path: ROUTES.problemReport() }))
  return (
    <PageShell signedOutDetail='登录后查看问题的办理进度'>
      <ProblemDetailView store={problems.detail} />
    </PageShell>
  )
}

export default observer(ProblemDetailPage)
