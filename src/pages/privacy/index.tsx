import { Text, View } from '@tarojs/components'
import { PageShell } from '@/app/PageShell'
import { PRIVACY_SECTIONS } from '@/domain/privacy'

export default function PrivacyPage() {
  return (
    <PageShell>
      <View className='tx-page'>
        {PRIVACY_SECTIONS.map((s) => (
          <View className='tx-card' key={s.title}>
            <Text className='tx-card__title'>{s.title}</Text>
            <Text>{s.body}</Text>
          </View>
        ))}
      </View>
    </PageShell>
  )
}
