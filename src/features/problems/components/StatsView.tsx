import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ProblemStatRow } from '@contract/api-problems'
import { DateField } from '@/components/DateField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { formatHours, formatRate } from '@/domain/problem'
import type { ProblemStatsStore } from '../stores/problem-stats-store'
import { BarChart } from './BarChart'
import './problems.css'

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View className='tx-problem-figure' role='group' aria-label={`${label} ${value}`}>
      <Text className='tx-problem-figure__value'>{value}</Text>
      <Text className='tx-problem-figure__label'>{label}</Text>
    </View>
  )
}

const rateBars = <T extends ProblemStatRow>(rows: T[], key: (r: T) => string, label: (r: T) => string, pick: (r: T) => number | null) =>
  rows.map((r) => ({ key: key(r), label: label(r), value: pick(r), text: `${formatRate(pick(r))}（${r.total}件）` }))

/** 问题统计: the period and place, the figures, and bars by month and by community or grid. */
export const StatsView = observer(function StatsView({ store }: { store: ProblemStatsStore }) {
  const s = store.stats
  const places = store.placeOptions
  const grids = store.gridOptions
  return (
    <View>
      <View className='tx-card'>
        <DateField label='开始日期' value={store.from} placeholder='开始日期' start='2020-01-01' end={store.to} onChange={(v) => void store.setRange(v, store.to)} />
        <DateField label='结束日期' value={store.to} placeholder='结束日期' start={store.from} end='2099-12-31' onChange={(v) => void store.setRange(store.from, v)} />
        {places.length > 1 && (
          <SelectField label='范围' options={places.map((p) => p.name)} value={places.find((p) => p.id === store.communityId)?.name ?? ''} placeholder='请选择' onChange={(i) => void store.setCommunity(places[i]?.id ?? '')} />
        )}
        {grids.length > 1 && (
          <SelectField label='网格' options={grids.map((g) => g.name)} value={grids.find((g) => g.id === store.gridId)?.name ?? ''} placeholder='全部网格' onChange={(i) => void store.setGrid(grids[i]?.id ?? '')} />
        )}
      </View>
      {store.status === 'error' && !s && <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />}
      {(store.status === 'idle' || store.status === 'loading') && !s && <StateView kind='loading' title='正在统计…' />}
      {s && (
        <View>
          <View className='tx-card' role='region' aria-label='总体'>
            <Text className='tx-problem-title'>{`${s.scopeName} · 共${s.total}件`}</Text>
            <View className='tx-problem-figures'>
              <Figure label='答复率' value={formatRate(s.replyRate)} />
              <Figure label='解决率' value={formatRate(s.solveRate)} />
              <Figure label='居民确认率' value={formatRate(s.confirmedRate)} />
              <Figure label='满意度' value={s.satisfaction === null ? '—' : `${s.satisfaction}分`} />
              <Figure label='首次答复用时（中位数）' value={formatHours(s.medianFirstReplyHours)} />
              <Figure label='解决用时（中位数）' value={formatHours(s.medianSolveHours)} />
              <Figure label='当前逾期' value={`${s.overdue}件`} />
            </View>
            <Text className='tx-muted'>口径：答复率 = 已答复 / 总数；解决率 = 已解决（含已确认）/ 总数；居民确认率 = 已确认 / 已解决。</Text>
          </View>
          {s.total === 0 ? (
            <StateView kind='empty' title='这段时间没有问题记录' detail='换一个日期范围看看。' />
          ) : (
            <View className='tx-card'>
              <BarChart title='按月：解决率' bars={rateBars(s.byMonth, (r) => r.month, (r) => r.month, (r) => r.solveRate)} />
              <BarChart title='按月：答复率' alt bars={rateBars(s.byMonth, (r) => r.month, (r) => r.month, (r) => r.replyRate)} />
              <BarChart title={store.gridId ? '按微网格：解决率' : store.communityId || !store.scopes.street ? '按网格：解决率' : '按社区：解决率'} bars={rateBars(s.byPlace, (r) => r.id, (r) => r.name, (r) => r.solveRate)} />
            </View>
          )}
        </View>
      )}
    </View>
  )
})
