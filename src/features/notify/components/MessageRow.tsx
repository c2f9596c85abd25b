import { Text, View } from '@tarojs/components'
import type { MessageItem } from '@contract/api-notify'
import { Tag } from '@/components/ui'
import { NOTIFY_KIND_LABELS } from '@/domain/notify'
import { formatDateTime } from '@/domain/time'
import './notify.css'

export interface MessageRowProps {
  message: MessageItem
  onOpen: (id: string) => void
}

/** One message: what it is about, its text, when, and a dot while unread. */
export function MessageRow({ message: m, onOpen }: MessageRowProps) {
  return (
    <View
      className={`tx-card tx-message-row ${m.read ? 'tx-message-row--read' : ''}`}
      role='listitem'
      aria-label={`${m.read ? '' : '未读 '}${m.title}`}
      onClick={() => onOpen(m.id)}
    >
      <View className='tx-message-row__head'>
        {!m.read && <View className='tx-message-row__dot' aria-hidden />}
        <Text className='tx-message-row__title'>{m.title}</Text>
      </View>
      <Text className='tx-message-row__body'>{m.body}</Text>
      <View className='tx-message-row__meta'>
        <Tag type='info'>{NOTIFY_KIND_LABELS[m.kind] ?? '通知'}</Tag>
        <Text className='tx-muted'>{formatDateTime(m.at)}</Text>
      </View>
    </View>
  )
}
