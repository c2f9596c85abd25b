import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { problemsFeature } from '../../../../features/problems'
import { useStores } from '../../../../app/stores-context'
import { useSignedInLoad } from '../../../../app/use-signed-in-load'
import { SessionGate } from '../../../../components/SessionGate'
import { RulesCard } from '../../../../features/problems/components/RulesCard'
import { StatsView } from '../../../../features/problems/components/StatsView'

/** 问题统计: reply, solve and confirmation rates, times and satisfaction, by month and by place. */
function ProblemStatsPage() {
  const { session } = useStores()
  const problems = useFeature(problemsFeature)
  useSignedInLoad(() => void problems.stats.start())
  usePullDownRefresh(() => void problems.stats.load().finally(() => Taro.stopPullDownRefresh()))
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区和街道工作人员登录后查看问题统计' allowed={session.isStaff}>
        <View className='tx-page'>
          <StatsView store={problems.stats} />
          <RulesCard store={problems.stats} />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(ProblemStatsPage)
