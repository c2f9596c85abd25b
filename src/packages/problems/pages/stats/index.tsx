import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { problemsFeature } from '@/features/problems'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { RulesCard } from '@/features/problems/components/RulesCard'
import { StatsView } from '@/features/problems/components/StatsView'

/** 问题统计: reply, solve and confirmation rates, times and satisfaction, by month and by place. */
function ProblemStatsPage() {
  const { session } = useStores()
  const problems = useFeature(problemsFeature)
  useScreen(null, { load: () => problems.stats.start(), refresh: () => problems.stats.load() })
  return (
    <PageShell signedOutDetail='社区和街道工作人员登录后查看问题统计' allowed={capabilitiesOf(session.me).seeProblemStats}>
      <StatsView store={problems.stats} />
      <RulesCard store={problems.stats} />
    </PageShell>
  )
}

export default observer(ProblemStatsPage)
