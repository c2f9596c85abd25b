import { Text, View } from '@tarojs/components'
import type { ActivityListItem } from '@contract/api-activities'
import { Tag } from '@/components/ui'
import { formatDateTime } from '@/domain/time'
import './activities.css'

/** What a volunteer reads first: places left, or their own place or turn. */
export function placesLine(a: Pick<ActivityListItem, 'status' | 'placesLeft' | 'waitlisted' | 'capacity'>): string {
  if (a.status === 'closed') return '已结束'
  if (a.status === 'cancelled') return '已取消'
  if (a.placesLeft > 0) return `剩余 ${a.placesLeft} / ${a.capacity} 个名额`
  return a.waitlisted > 0 ? `已满，${a.waitlisted}人候补` : '已满，可候补'
}

export function mineLine(mine: ActivityListItem['mine']): string | null {
  if (!mine) return null
  return mine.status === 'confirmed' ? '已报名' : `候补第${mine.position ?? ''}位`
}

/** One activity in a list: theme, title, when, where, places left, my sign-up. */
export function ActivityRow({ activity: a, onOpen }: { activity: ActivityListItem; onOpen: (id: string) => void }) {
  const mine = mineLine(a.mine)
  return (
    <View className='tx-card tx-act-row' role='listitem' aria-label={a.title} onClick={() => onOpen(a.id)}>
      <View className='tx-act-row__head'>
        <Tag type='info'>{a.theme}</Tag>
        <Text className='tx-act-row__title'>{a.title}</Text>
        {mine && <Tag type={a.mine?.status === 'confirmed' ? 'success' : 'warning'}>{mine}</Tag>}
      </View>
      <View className='tx-act-row__meta'>
        <Text className='tx-muted'>{formatDateTime(a.startsAt)}</Text>
        <Text className='tx-muted'>{a.placeText}</Text>
      </View>
      <Text className='tx-act-places'>{placesLine(a)}</Text>
    </View>
  )
}
