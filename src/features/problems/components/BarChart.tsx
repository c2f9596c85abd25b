import { Text, View } from '@tarojs/components'
import './problems.css'

export interface Bar {
  key: string
  label: string
  /** 0..1 of the track; null draws nothing and says 无数据. */
  value: number | null
  text: string
}

/** Horizontal bars as plain Views with widths in percent: no canvas, no chart library, the same on WeChat and H5. */
export function BarChart({ title, bars, alt = false }: { title: string; bars: Bar[]; alt?: boolean }) {
  return (
    <View role='list' aria-label={title}>
      <Text className='tx-field__label'>{title}</Text>
      {bars.map((b) => (
        <View key={b.key} className='tx-problem-chart__row' role='listitem' aria-label={`${b.label} ${b.text}`}>
          <Text className='tx-problem-chart__label'>{b.label}</Text>
          <View className='tx-problem-chart__track' role='meter' aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(Math.max(0, Math.min(1, b.value ?? 0)) * 100)}>
            <View className={`tx-problem-chart__bar ${alt ? 'tx-problem-chart__bar--alt' : ''}`} style={{ width: `${Math.max(0, Math.min(1, b.value ?? 0)) * 100}%` }} />
          </View>
          <Text className='tx-problem-chart__value'>{b.value === null ? '无数据' : b.text}</Text>
        </View>
      ))}
    </View>
  )
}
