import { Text, View } from '@tarojs/components'
import type { HelpRequestSummary } from '@contract/api-help'
import { Tag } from '@/components/ui'
import { helpStatusLabel } from '@/domain/help'
import { formatDateTime } from '@/domain/time'
import './help.css'

/** One request in a list: kind, urgent, state, who asked (helpers only), when. */
export function HelpRow({ item, onOpen }: { item: HelpRequestSummary; onOpen: (id: string) => void }) {
  const label = helpStatusLabel(item)
  const tone = item.urgent && item.status === 'open' ? 'tx-help-row--urgent' : item.status === 'open' ? 'tx-help-row--open' : ''
  const who = item.requester ? `${item.requester.name}${item.requester.room ? ` · ${item.buildingName}${item.requester.room}` : ''}` : item.buildingName
  return (
    <View className={`tx-card tx-help-row ${tone}`} role='listitem' aria-label={`${item.urgent ? '紧急 ' : ''}${item.kind} ${label}`} onClick={() => onOpen(item.id)}>
      <View className='tx-help-row__head'>
        {item.urgent && <Tag type='danger'>紧急</Tag>}
        <Text className='tx-help-row__kind'>{item.kind}</Text>
        <Tag type={item.status === 'open' ? 'warning' : item.status === 'accepted' ? 'primary' : 'default'}>{label}</Tag>
      </View>
      {item.text && <Text className='tx-help-row__text'>{item.text}</Text>}
      <Text className='tx-muted'>{`${who} · ${formatDateTime(item.createdAt)}`}</Text>
      {item.acceptedBy && <Text className='tx-muted'>{`受理人：${item.acceptedBy.name}`}</Text>}
    </View>
  )
}
