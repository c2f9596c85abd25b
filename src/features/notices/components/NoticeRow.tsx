import { Text, View } from '@tarojs/components'
import type { NoticeListItem } from '@contract/domain'
import { Tag } from '@/components/ui'
import { formatDateTime } from '@/domain/local-time'
import './notices.css'

export interface NoticeRowProps {
  notice: NoticeListItem
  /** What to say under the title instead of the usual line (我发布的: read counts). */
  extra?: string
  onOpen: (id: string) => void
}

/** One notice in a list: pinned, urgent, category, where it is for, when, and a dot while unread. */
export function NoticeRow({ notice: n, extra, onOpen }: NoticeRowProps) {
  const flags = [n.pinned ? '置顶' : '', n.urgent ? '紧急' : '', n.read ? '' : '未读', n.expired ? '已过期' : ''].filter(Boolean)
  return (
    <View
      className={`tx-card tx-notice-row ${n.urgent ? 'tx-notice-row--urgent' : ''}`}
      role='listitem'
      aria-label={`${flags.join(' ')} ${n.title}`.trim()}
      onClick={() => onOpen(n.id)}
    >
      <View className='tx-notice-row__head'>
        {!n.read && <View className='tx-notice-row__dot' aria-hidden />}
        {n.pinned && <Tag type='warning'>置顶</Tag>}
        {n.urgent && <Tag type='danger'>紧急</Tag>}
        <Text className='tx-notice-row__title'>{n.title}</Text>
      </View>
      <View className='tx-notice-row__meta'>
        <Tag type='info'>{n.category}</Tag>
        <Text className='tx-muted'>{n.scopeName}</Text>
        <Text className='tx-muted'>{formatDateTime(n.publishedAt)}</Text>
        {n.expired && <Text className='tx-muted'>已过期</Text>}
      </View>
      {extra && <Text className='tx-muted'>{extra}</Text>}
    </View>
  )
}
