import { Text, View } from '@tarojs/components'
import type { HelpEvent } from '@contract/api-help'
import { helpEventLine } from '@/domain/help'
import { formatDateTime } from '@/domain/time'
import './help.css'

/** Every step of a request, oldest first: submitted, accepted by whom, replies, escalated, resolved. */
export function HelpTimeline({ events }: { events: HelpEvent[] }) {
  return (
    <View className='tx-help-timeline' role='list' aria-label='处理进度'>
      {events.map((e) => (
        <View key={e.id} className='tx-help-step' role='listitem'>
          <View className={`tx-help-step__dot ${e.actorRole === 'system' ? 'tx-help-step__dot--system' : ''}`} aria-hidden />
          <View className='tx-help-step__body'>
            <Text className='tx-help-step__line'>{helpEventLine(e)}</Text>
            {e.text && <Text className='tx-help-step__text'>{e.text}</Text>}
            <Text className='tx-muted'>{formatDateTime(e.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
