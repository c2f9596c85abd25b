import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { DateField } from '@/components/DateField'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/ui'
import type { ReviewStore, StatusFilter } from '../stores/review-store'
import '@/components/rows.css'
import './registration.css'
import './registration-status.css'

const STATUSES: Array<[StatusFilter, string]> = [
  ['pending', '待审核'],
  ['approved', '已通过'],
  ['rejected', '已驳回'],
  ['all', '全部'],
]

const ANY_COMPOUND = '全部小区'

/** Filters of the review queue: status, community (fixed for staff of one community) and compound, submission dates. */
export const ReviewFilters = observer(function ReviewFilters({ store }: { store: ReviewStore }) {
  const p = store.places
  const compoundNames = [ANY_COMPOUND, ...p.compounds.map((c) => c.name)]
  return (
    <View className='tx-card tx-filters' aria-label='筛选'>
      <View className='tx-filters__status' role='group' aria-label='审核状态'>
        {STATUSES.map(([value, label]) => (
          <Button
            key={value}
            className='tx-filters__chip'
            type={store.statusFilter === value ? 'primary' : 'default'}
            aria-pressed={store.statusFilter === value}
            onClick={() => store.setStatusFilter(value)}
          >
            {label}
          </Button>
        ))}
      </View>
      {store.ownCommunity ? (
        <View className='tx-row'>
          <Text className='tx-row__label'>社区</Text>
          <Text className='tx-row__value'>{store.ownCommunity.name}</Text>
        </View>
      ) : (
        <SelectField
          label='社区'
          options={p.communities.map((c) => c.name)}
          value={p.community?.name ?? ''}
          placeholder='全部社区'
          onChange={(i) => store.pickCommunity(p.communities[i]?.id ?? '')}
        />
      )}
      {p.community && (
        <SelectField
          label='小区'
          options={compoundNames}
          value={p.compound?.name ?? ANY_COMPOUND}
          placeholder={ANY_COMPOUND}
          onChange={(i) => store.pickCompound(i === 0 ? null : (p.compounds[i - 1]?.id ?? null))}
        />
      )}
      <View className='tx-filters__dates'>
        <DateField label='提交日期从' value={store.from} placeholder='不限' end={store.to || undefined} onChange={(v) => store.setDates(v, store.to)} />
        <DateField label='到' value={store.to} placeholder='不限' start={store.from || undefined} onChange={(v) => store.setDates(store.from, v)} />
      </View>
      {(store.from || store.to) && (
        <Button type='default' size='small' onClick={() => store.setDates('', '')}>
          不限日期
        </Button>
      )}
      {p.error && <Text className='tx-field__error'>{p.error}</Text>}
    </View>
  )
})
