import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { Button, Input } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import type { ApplicationFormStore } from '../stores/application-form-store'
import './welfare.css'

/** The line-item budget: what each sum is for and how much (yuan, two decimals), with the total computed. */
export const BudgetLines = observer(function BudgetLines({ store }: { store: ApplicationFormStore }) {
  const e = store.errors
  const cap = store.programme?.capFen
  return (
    <FormField label='预算明细' hint={`按用途逐项填写，单位元，最多两位小数${cap ? `；本期每个项目上限${formatYuanText(cap)}` : ''}`} error={e.items ?? e.totalFen}>
      {store.draft.items.map((it, i) => (
        <View key={i} className='tx-budget-line'>
          <Input
            className='tx-input tx-budget-line__name'
            aria-label={`第${i + 1}项用途`}
            placeholder='用途，如活动物资'
            value={it.name}
            onChange={(v: string) => store.setItem(i, 'name', v)}
          />
          <Input
            className='tx-input tx-budget-line__yuan'
            aria-label={`第${i + 1}项金额`}
            placeholder='金额（元）'
            type='digit'
            value={it.yuan}
            onChange={(v: string) => store.setItem(i, 'yuan', v)}
          />
          {store.draft.items.length > 1 && (
            <View className='tx-link' role='button' aria-label={`删除第${i + 1}项`} onClick={() => store.removeItem(i)}>
              删除
            </View>
          )}
        </View>
      ))}
      <Button type='default' size='small' onClick={() => store.addItem()}>
        添加一项
      </Button>
      <Text className='tx-welfare__money' aria-label='预算合计'>{`合计 ${formatYuanText(store.totalFen)}`}</Text>
    </FormField>
  )
})
