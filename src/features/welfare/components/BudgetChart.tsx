import { Text, View } from '@tarojs/components'
import type { WelfareStatus } from '@contract/api-welfare'
import { formatYuanText } from '@/domain/money'
import { budgetShares, WELFARE_STATUS_LABELS } from '@/domain/welfare'
import './welfare.css'

/** Budget used and left as one bar, drawn with views (no chart library, works in WeChat and H5), with the figures in words. */
export function BudgetChart({ budgetFen, approvedFen }: { budgetFen: number; approvedFen: number }) {
  const s = budgetShares(budgetFen, approvedFen)
  const label = `预算使用情况：已批准${formatYuanText(approvedFen)}，占${s.usedPct}%；剩余${formatYuanText(s.leftFen)}`
  return (
    <View className='tx-card' role='img' aria-label={label}>
      <Text className='tx-card__title'>预算使用</Text>
      <View className='tx-budget__bar' aria-hidden>
        <View className='tx-budget__used' style={{ width: `${s.usedPct}%` }} />
      </View>
      <View className='tx-budget__legend'>
        <Text>
          <Text className='tx-budget__key tx-budget__key--used' />
          {`已批准 ${formatYuanText(approvedFen)}（${s.usedPct}%）`}
        </Text>
        <Text>
          <Text className='tx-budget__key tx-budget__key--left' />
          {`剩余 ${formatYuanText(s.leftFen)}`}
        </Text>
      </View>
      <Text className='tx-muted'>{`总预算 ${formatYuanText(budgetFen)}`}</Text>
    </View>
  )
}

const ORDER: WelfareStatus[] = ['submitted', 'revise', 'passed', 'approved', 'completed', 'rejected', 'withdrawn']

/** Applications by status as horizontal bars (drafts are private and never counted). */
export function StatusBars({ byStatus }: { byStatus: Partial<Record<WelfareStatus, number>> }) {
  const rows = ORDER.map((s) => ({ s, n: byStatus[s] ?? 0 }))
  const max = Math.max(1, ...rows.map((r) => r.n))
  const total = rows.reduce((t, r) => t + r.n, 0)
  return (
    <View className='tx-card' role='list' aria-label='申请状态统计'>
      <Text className='tx-card__title'>{`申请情况（共${total}份）`}</Text>
      <View className='tx-status-bars'>
        {rows.map(({ s, n }) => (
          <View key={s} className='tx-status-bars__row' role='listitem' aria-label={`${WELFARE_STATUS_LABELS[s]} ${n}份`}>
            <Text className='tx-status-bars__label'>{WELFARE_STATUS_LABELS[s]}</Text>
            <View className='tx-status-bars__track' aria-hidden>
              <View className='tx-status-bars__fill' style={{ width: `${Math.round((n / max) * 100)}%` }} />
            </View>
            <Text className='tx-status-bars__n'>{n}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
