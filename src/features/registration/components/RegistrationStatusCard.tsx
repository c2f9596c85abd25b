import { Text, View } from '@tarojs/components'
import type { RegistrationView } from '@contract/domain'
import { Button, Tag } from '@/components/ui'
import { RegistrationRows } from './RegistrationRows'
import { STATUS_LABELS, STATUS_TAG } from './registration-labels'
import './registration-status.css'

export interface RegistrationStatusCardProps {
  registration: RegistrationView
  /** Full details (the 我的登记 page) or a summary (the home page). */
  detailed: boolean
  onCorrect: () => void
  onOpen?: () => void
}

const EXPLAIN = {
  pending: '社区工作人员会尽快审核，审核通过后首页会显示您的楼道红管家和微网格长。',
  approved: '登记已通过，您的住址已绑定。',
  rejected: '登记没有通过，请按下面的原因修改后重新提交。',
} as const

/** My registration: its status, why it was rejected, and the way to correct it. */
export function RegistrationStatusCard({ registration: r, detailed, onCorrect, onOpen }: RegistrationStatusCardProps) {
  return (
    <View className='tx-card tx-reg-status' aria-label='我的登记'>
      <View className='tx-reg-status__head'>
        <Text className='tx-reg-status__title'>住户登记</Text>
        <Tag type={STATUS_TAG[r.status]}>{STATUS_LABELS[r.status]}</Tag>
      </View>
      <Text className='tx-reg-status__explain'>{EXPLAIN[r.status]}</Text>
      {r.status === 'rejected' && (
        <View className='tx-reg-status__reason' role='note' aria-label='未通过原因'>
          <Text className='tx-reg-status__reason-label'>未通过原因</Text>
          <Text>{r.reason || '社区没有写明原因，请联系社区服务站。'}</Text>
        </View>
      )}
      {detailed && <RegistrationRows registration={r} showPhone />}
      <View className='tx-reg-status__actions'>
        {r.status === 'rejected' && (
          <Button type='primary' block onClick={onCorrect}>
            修改后重新提交
          </Button>
        )}
        {onOpen && (
          <Button type='default' block onClick={onOpen}>
            查看登记详情
          </Button>
        )}
      </View>
    </View>
  )
}
