import { Text, View } from '@tarojs/components'
import type { WelfareEvent } from '@contract/api-welfare'
import { formatYuanText } from '@/domain/money'
import { formatDateTime } from '@/domain/time'
import './welfare.css'

const WHAT: Record<string, string> = {
  submitted: '提交申请',
  resubmitted: '修改后重新提交',
  withdrawn: '撤回申请',
  passed: '社区初审通过',
  revise: '退回修改',
  rejected: '未通过',
  approved: '批准立项',
  progress: '发布项目进展',
  report: '提交结项报告',
  completed: '确认结项',
}
const WHO: Record<string, string> = { applicant: '申请人', communityStaff: '社区', streetStaff: '街道' }

/** Every step of an application, oldest first: who, when, and what they said. */
export function Timeline({ events }: { events: WelfareEvent[] }) {
  return (
    <View className='tx-card' role='list' aria-label='办理进度'>
      <Text className='tx-card__title'>办理进度</Text>
      {events.length === 0 ? (
        <Text className='tx-muted'>还没有提交。</Text>
      ) : (
        <View className='tx-timeline'>
          {events.map((e, i) => (
            <View key={i} className='tx-timeline__step' role='listitem'>
              <Text className='tx-timeline__what'>{WHAT[e.kind] ?? e.kind}</Text>
              <Text className='tx-muted'>{`${formatDateTime(e.at)} · ${WHO[e.actorRole] ?? ''}${e.actorName && e.actorRole !== 'applicant' ? ` ${e.actorName}` : ''}`}</Text>
              {e.score !== null && <Text>{`综合评分 ${e.score}`}</Text>}
              {e.amountFen !== null && <Text>{`批准金额 ${formatYuanText(e.amountFen)}`}</Text>}
              {e.comment && <Text>{`意见：${e.comment}`}</Text>}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
