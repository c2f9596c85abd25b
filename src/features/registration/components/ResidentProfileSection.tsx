import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { Button } from '@/components/ui'
import type { OpenedRegistrationStore } from '../stores/opened-registration-store'
import { RegistrationRows } from './RegistrationRows'
import { FieldError } from '@/components/FieldError'
import './registration.css'

/** From an approved registration: the resident's profile as it is now, opened on request (the opening is logged). */
export const ResidentProfileSection = observer(function ResidentProfileSection({ store }: { store: OpenedRegistrationStore }) {
  const profile = store.profile
  return (
    <View className='tx-card' aria-label='居民档案'>
      <Text className='tx-card__title'>居民档案</Text>
      {profile ? (
        <RegistrationRows registration={profile} showPhone />
      ) : (
        <Button type='default' block loading={store.profileLoading} onClick={() => void store.openProfile()}>
          查看居民档案
        </Button>
      )}
      <FieldError error={store.profileError} />
    </View>
  )
})
