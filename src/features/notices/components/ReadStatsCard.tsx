import { Text, View } from '@tarojs/components'
import type { NoticeReadStats } from '@contract/domain'
import './notice-detail.css'

/** Read receipts for the publisher: 已读 X / Y 户, and for a building, the rooms to knock on. */
export function ReadStatsCard({ stats, error }: { stats: NoticeReadStats | null; error: string | null }) {
  if (!stats) return error ? <Text className='tx-field__error'>{error}</Text> : null
  const rooms = stats.unreadRooms
  return (
    <View className='tx-card tx-notice-stats' role='region' aria-label='阅读情况'>
      <Text className='tx-notice-stats__count'>{`已读 ${stats.readHouseholds} / ${stats.households} 户`}</Text>
      {rooms && rooms.length > 0 && (
        <View className='tx-notice-stats__rooms'>
          <Text className='tx-field__label'>{`未读的 ${rooms.length} 户`}</Text>
          <Text className='tx-notice-stats__room-list'>{rooms.join('、')}</Text>
        </View>
      )}
      {rooms && rooms.length === 0 && <Text className='tx-muted'>全部住户都已读。</Text>}
    </View>
  )
}
