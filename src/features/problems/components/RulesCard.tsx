import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/ui'
import { PROBLEM_LIMITS } from '@/domain/problem'
import type { ProblemStatsStore } from '../stores/problem-stats-store'
import { FieldError } from '@/components/FieldError'
import './problems.css'

const DAYS = Array.from({ length: PROBLEM_LIMITS.solveDaysMax }, (_, i) => `${i + 1}天`)

/** 办结时限: solve days per category (first reply is always within 1 working day); street staff change them. */
export const RulesCard = observer(function RulesCard({ store }: { store: ProblemStatsStore }) {
  if (!store.rules.length)
    return (
      <Button type='default' block onClick={() => void store.loadRules()}>
        查看办结时限
      </Button>
    )
  return (
    <View className='tx-card' role='region' aria-label='办结时限'>
      <Text className='tx-problem-title'>办结时限</Text>
      <Text className='tx-muted'>首次答复：1个工作日内（周一至周五，暂未计入法定节假日）。</Text>
      {store.rules.map((r) =>
        store.canEditRules ? (
          <SelectField key={r.category} label={r.category} options={DAYS} value={`${r.solveDays}天`} placeholder='' onChange={(i) => void store.saveRule({ category: r.category, solveDays: i + 1 })} />
        ) : (
          <View key={r.category} className='tx-problem-row__meta'>
            <Text>{`${r.category}：${r.solveDays}天内办结`}</Text>
          </View>
        ),
      )}
      <FieldError error={store.ruleError} />
    </View>
  )
})
