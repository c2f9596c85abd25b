import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { Button } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import type { ApplicationDetailStore } from '../stores/application-detail-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './welfare.css'

/** The reviewer's part: scores per criterion and pass / revise / reject (community), or an amount to approve / reject (street). */
export const ReviewPanel = observer(function ReviewPanel({ store, onDone }: { store: ApplicationDetailStore; onDone: () => void }) {
  const a = store.application
  if (!a || !(a.can.firstReview || a.can.finalDecision)) return null
  const act = async (decision: 'pass' | 'revise' | 'reject' | 'approve') => {
    if (await store.review(decision)) onDone()
  }
  return (
    <View className='tx-card' role='region' aria-label={a.can.firstReview ? '社区初审' : '街道终审'}>
      <Text className='tx-card__title'>{a.can.firstReview ? '社区初审' : '街道终审'}</Text>
      {a.can.firstReview &&
        a.programme.criteria.map((c) => (
          <TextField key={c.key} label={`${c.name}（权重${c.weight}%）`} hint='0到100分' name={`${c.name}得分`} type='number' value={store.scores[c.key] ?? ''} onChange={(v) => store.setScore(c.key, v)} />
        ))}
      {a.can.finalDecision && (
        <TextField label='批准金额（元）' hint={`申请金额 ${formatYuanText(a.fields.totalFen ?? 0)}，不能超过申请金额和本期剩余预算`} name='批准金额' type='digit' value={store.amountYuan} onChange={(v) => store.setAmount(v)} />
      )}
      <FormField label='审核意见' hint='退回修改或不予通过时必填'>
        <TextBox label='审核意见' value={store.comment} onChange={(v) => store.setComment(v)} />
      </FormField>
      <FieldError error={store.actionError} />
      <View className='tx-welfare__actions'>
        {a.can.firstReview ? (
          <>
            <Button type='primary' block loading={store.busy} onClick={() => void act('pass')}>
              初审通过
            </Button>
            <Button type='default' block disabled={store.busy} onClick={() => void act('revise')}>
              退回修改
            </Button>
          </>
        ) : (
          <Button type='primary' block loading={store.busy} onClick={() => void act('approve')}>
            批准立项
          </Button>
        )}
        <Button type='default' block disabled={store.busy} onClick={() => void act('reject')}>
          不予通过
        </Button>
      </View>
    </View>
  )
})
