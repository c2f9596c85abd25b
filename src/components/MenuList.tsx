import { Text, View } from '@tarojs/components'
import './menu-list.css'

export interface MenuEntry {
  key: string
  label: string
  detail?: string
  onOpen: () => void
}

/** A list of places to go from 我的: each row one large tap target with a visible arrow. */
export function MenuList({ title, entries }: { title?: string; entries: MenuEntry[] }) {
  if (entries.length === 0) return null
  return (
    <View className='tx-card tx-menu' aria-label={title}>
      {title && <Text className='tx-card__title'>{title}</Text>}
      {entries.map((e) => (
        <View className='tx-menu__item' key={e.key} role='link' aria-label={e.label} onClick={e.onOpen}>
          <View className='tx-menu__text'>
            <Text className='tx-menu__label'>{e.label}</Text>
            {e.detail && <Text className='tx-menu__detail'>{e.detail}</Text>}
          </View>
          <Text className='tx-menu__arrow' aria-hidden>
            ›
          </Text>
        </View>
      ))}
    </View>
  )
}
