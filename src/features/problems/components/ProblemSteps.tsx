import { Text, View } from '@tarojs/components'
import type { ProblemStatus } from '@contract/api-problems'
import { PROBLEM_STEPS, stepsDone } from '@/domain/problem'
import './problems.css'

/** 已受理 → 已答复 → 处理中 → 已解决, the done ones in red. */
export function ProblemSteps({ status }: { status: ProblemStatus }) {
  const done = stepsDone(status)
  return (
    <View className='tx-problem-steps' role='list' aria-label='办理进度'>
      {PROBLEM_STEPS.map((s, i) => (
        <View key={s.status} role='listitem' aria-current={i === done - 1 ? 'step' : undefined} className={`tx-problem-step ${i < done ? 'tx-problem-step--done' : ''}`}>
          <Text>{s.label}</Text>
        </View>
      ))}
    </View>
  )
}
