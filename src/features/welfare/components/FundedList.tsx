import { Text, View } from '@tarojs/components'
import type { FundedProject } from '@contract/api-welfare'
import { Tag } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import { WELFARE_STATUS_LABELS } from '@/domain/welfare'
import './welfare.css'

/** The funded projects of a programme, public: name, applicant as they chose to be shown, amount, communities, status. */
export function FundedList({ items, onOpen }: { items: FundedProject[]; onOpen: (id: string) => void }) {
  return (
    <View className='tx-welfare' role='list' aria-label='资助项目'>
      {items.length === 0 && <Text className='tx-muted'>本期还没有立项的项目。</Text>}
      {items.map((p) => (
        <View key={p.id} className='tx-card tx-welfare-item' role='listitem' aria-label={p.name} onClick={() => onOpen(p.id)}>
          <Text className='tx-welfare-item__name'>{p.name}</Text>
          <View className='tx-welfare__row'>
            <Tag type={p.status === 'completed' ? 'success' : 'danger'}>{WELFARE_STATUS_LABELS[p.status]}</Tag>
            <Tag type='info'>{p.category}</Tag>
            <Text className='tx-welfare__money'>{formatYuanText(p.amountFen)}</Text>
          </View>
          <Text className='tx-muted'>{`申请方：${p.applicantName}`}</Text>
          <Text className='tx-muted'>{`服务社区：${p.communities.join('、')}`}</Text>
        </View>
      ))}
    </View>
  )
}
