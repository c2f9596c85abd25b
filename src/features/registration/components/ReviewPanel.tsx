import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { Button, Tag } from '@/components/ui'
import { LIMITS } from '@/domain/registration'
import type { OpenedRegistrationStore } from '../stores/opened-registration-store'
import { RegistrationRows } from './RegistrationRows'
import { ResidentProfileSection } from './ResidentProfileSection'
import { STATUS_LABELS, STATUS_TAG } from './registration-labels'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import './registration.css'
import './registration-status.css'

export interface ReviewPanelProps {
  store: OpenedRegistrationStore
  /** After a decision: back to the queue. */
  onDone: () => void
}

/** One registration for staff: its details, then approve, or reject with a reason the resident can act on. */
export const ReviewPanel = observer(function ReviewPanel({ store, onDone }: ReviewPanelProps) {
  const r = store.registration
  if (!r) return null
  const decide = async (approve: boolean) => {
    const ok = approve ? await store.approve() : await store.reject()
    if (ok) onDone()
  }
  return (
    <View className='tx-review'>
      <View className='tx-card'>
        <View className='tx-reg-status__head'>
          <Text className='tx-reg-status__title'>{r.name}</Text>
          <Tag type={STATUS_TAG[r.status]}>{STATUS_LABELS[r.status]}</Tag>
        </View>
        <RegistrationRows registration={r} showPhone />
        {r.status === 'rejected' && r.reason && <Text className='tx-muted'>驳回原因：{r.reason}</Text>}
        <Text className='tx-field__hint'>您的每次查看都会记录，居民本人可以看到。</Text>
      </View>
      {r.status === 'approved' && r.residentId && <ResidentProfileSection store={store} />}
      {r.status === 'pending' && (
        <View className='tx-card' aria-label='审核'>
          <Text className='tx-card__title'>审核</Text>
          <Text className='tx-field__hint'>核对住址和房号无误后通过；通过后居民绑定该楼栋并成为居民。</Text>
          <Button className='tx-review__approve' type='primary' block loading={store.acting === 'approve'} disabled={store.acting !== null} onClick={() => void decide(true)}>
            通过
          </Button>
          <Text className='tx-field__label'>驳回原因</Text>
          <TextBox label='驳回原因' placeholder='请写明哪里需要修改，例如：房号与房产信息不符' maxlength={LIMITS.reasonMax} value={store.reason} onChange={(v) => store.setReason(v)} />
          <FieldError error={store.reasonError} />
          <Button className='tx-review__reject' type='danger' block loading={store.acting === 'reject'} disabled={store.acting !== null} onClick={() => void decide(false)}>
            驳回
          </Button>
          <FieldError error={store.actionError} className='tx-reg-form__error' />
        </View>
      )}
    </View>
  )
})
