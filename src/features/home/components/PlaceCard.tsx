import { Text, View } from '@tarojs/components'
import type { HomeInfo } from '@contract/domain'
import './place-card.css'

/** Where the resident lives, from street down to their room, and their community office. */
export function PlaceCard({ home, title = '我的家' }: { home: HomeInfo; title?: string }) {
  const rows: Array<[string, string]> = [
    ['街道', home.street.name],
    ['社区', home.community.name],
    ['小区', home.compound.name],
    ['楼栋', home.building.name + (home.building.room ? ` ${home.building.room}室` : '')],
  ]
  return (
    <View className='tx-card' aria-label='我的住址'>
      <Text className='tx-card__title'>{title}</Text>
      {rows.map(([label, value]) => (
        <View className='tx-place__row' key={label}>
          <Text className='tx-place__label'>{label}</Text>
          <Text className='tx-place__value'>{value}</Text>
        </View>
      ))}
      {(home.community.address || home.community.servicePhone) && (
        <View className='tx-place__office'>
          <Text className='tx-muted'>
            社区服务站：{[home.community.address, home.community.servicePhone].filter(Boolean).join(' · ')}
          </Text>
        </View>
      )}
    </View>
  )
}
