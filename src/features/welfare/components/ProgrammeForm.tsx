import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { DateField } from '@/components/DateField'
import { FormField } from '@/components/FormField'
import { Button, Input } from '@/components/ui'
import { isoDay, isoDayAfterMonths } from '@/domain/time'
import { DEFAULT_CRITERIA, WELFARE_CATEGORIES } from '@/domain/welfare'
import type { ProgrammeFormStore } from '../stores/programme-form-store'
import { FieldError } from '@/components/FieldError'
import { TextField } from '@/components/TextField'
import './welfare.css'

/** 发布新一期: name, budget and per-project cap (yuan), the window, categories, criterion weights adding to 100. */
export const ProgrammeForm = observer(function ProgrammeForm({ store, onSaved }: { store: ProgrammeFormStore; onSaved: (id: string) => void }) {
  const d = store.draft
  const e = store.errors
  const save = async () => {
    const id = await store.submit()
    if (id) onSaved(id)
  }
  return (
    <View className='tx-card tx-notice-form' aria-label='发布新一期'>
      <TextField label='名称' error={e.name} placeholder='例如：2027年彩虹桥公益项目' value={d.name} onChange={(v) => store.set('name', v)} />
      <TextField label='总预算（元）' error={e.budgetFen} name='总预算' type='digit' value={d.budgetYuan} onChange={(v) => store.set('budgetYuan', v)} />
      <TextField label='每个项目上限（元）' error={e.capFen} name='每个项目上限' type='digit' value={d.capYuan} onChange={(v) => store.set('capYuan', v)} />
      <DateField label='开始申报' value={d.opensOn} placeholder='请选择' start={isoDay()} end={isoDayAfterMonths(24)} error={e.opensOn} onChange={(v) => store.set('opensOn', v)} />
      <DateField label='截止日期' value={d.closesOn} placeholder='请选择' start={d.opensOn || isoDay()} end={isoDayAfterMonths(36)} error={e.closesOn} onChange={(v) => store.set('closesOn', v)} />
      <FormField label='支持的类别' error={e.categories}>
        <View className='tx-chips' role='group' aria-label='支持的类别'>
          {WELFARE_CATEGORIES.map((c) => {
            const on = d.categories.includes(c)
            return (
              <View key={c} className={`tx-chip ${on ? 'tx-chip--on' : ''}`} role='checkbox' aria-checked={on} aria-label={c} onClick={() => store.toggleCategory(c)}>
                {on ? `✓ ${c}` : c}
              </View>
            )
          })}
        </View>
      </FormField>
      <FormField label='评分标准权重（合计100）' error={e.criteria}>
        {DEFAULT_CRITERIA.map((c) => (
          <View key={c.key} className='tx-budget-line'>
            <Text className='tx-budget-line__name'>{c.name}</Text>
            <Input className='tx-input tx-budget-line__yuan' aria-label={`${c.name}权重`} type='number' value={d.weights[c.key] ?? ''} onChange={(v: string) => store.setWeight(c.key, v)} />
          </View>
        ))}
      </FormField>
      <FieldError error={store.serverError} />
      <Button type='primary' block loading={store.submitting} onClick={() => void save()}>
        发布
      </Button>
    </View>
  )
})
