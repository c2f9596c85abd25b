import { Text, View } from '@tarojs/components'
import './problems.css'

/** The visit-day reminder on the handlers' workspace (the 14th and the 15th). */
export function VisitDayBanner({ text, onRecord }: { text: string | null; onRecord: () => void }) {
  if (!text) return null
  return (
    <View className='tx-problem-banner' role='note' aria-label='集中走访日提醒'>
      <Text>{text}</Text>
      <View className='tx-link' role='button' onClick={onRecord}>
        去登记走访问题
      </View>
    </View>
  )
}
