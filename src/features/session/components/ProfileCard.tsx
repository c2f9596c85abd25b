import { Text, View } from '@tarojs/components'
import type { Me } from '@contract/domain'
import { Tag } from '@/components/ui'
import '@/components/avatar.css'
import './profile-card.css'

/** The signed-in person: name, role, masked phone and what the street knows them as. */
export function ProfileCard({ me, roleLabel }: { me: Me; roleLabel: string }) {
  return (
    <View className='tx-card tx-profile' aria-label='我的资料'>
      <View className='tx-avatar tx-profile__avatar' aria-hidden>
        {me.displayName.slice(0, 1)}
      </View>
      <View className='tx-profile__who'>
        <Text className='tx-profile__name'>{me.displayName}</Text>
        <View className='tx-profile__tags'>
          <Tag type='primary'>{roleLabel}</Tag>
          {me.isNewResident && <Tag type='warning'>新居民</Tag>}
          {me.isSenior && <Tag type='success'>长者</Tag>}
          {!me.hasHome && <Tag>未登记住址</Tag>}
        </View>
        {me.maskedPhone && <Text className='tx-muted'>手机 {me.maskedPhone}</Text>}
      </View>
    </View>
  )
}
