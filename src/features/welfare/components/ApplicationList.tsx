import { Text, View } from '@tarojs/components'
import type { WelfareApplicationSummary } from '@contract/api-welfare'
import { Tag } from '@/components/ui'
import { formatYuanText } from '@/domain/money'
import { formatDateTime } from '@/domain/time'
import { WELFARE_STATUS_LABELS } from '@/domain/welfare'
import './welfare.css'

/** Applications as a list (我的申请, the review queue). */
export function ApplicationList({ items, label, onOpen }: { items: WelfareApplicationSummary[]; label: string; onOpen: (a: WelfareApplicationSummary) => void }) {
  return (
    <View className='tx-welfare' role='list' aria-label={label}>
      {items.map((a) => (
        <View key={a.id} className='tx-card tx-welfare-item' role='listitem' aria-label={a.projectName} onClick={() => onOpen(a)}>
          <Text className='tx-welfare-item__name'>{a.projectName}</Text>
          <View className='tx-welfare__row'>
            <Tag type={a.status === 'draft' || a.status === 'revise' ? 'warning' : a.status === 'approved' ? 'danger' : 'info'}>{WELFARE_STATUS_LABELS[a.status]}</Tag>
            {a.category && <Tag type='info'>{a.category}</Tag>}
            <Text className='tx-welfare__money'>{formatYuanText(a.approvedFen ?? a.totalFen)}</Text>
          </View>
          <Text className='tx-muted'>{`${a.communities.map((c) => c.name).join('、') || '未选服务社区'} · ${formatDateTime(a.updatedAt)}`}</Text>
        </View>
      ))}
    </View>
  )
}
