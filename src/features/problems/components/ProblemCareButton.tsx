import { Text, View } from '@tarojs/components'
import './problem-entry.css'

/** 长辈模式's one big button to report a problem (on the home screen, in the main package: keep it tiny). */
export function ProblemCareButton({ onOpen }: { onOpen: () => void }) {
  return (
    <View className='tx-big-button tx-big-button--problem' role='button' onClick={onOpen}>
      <Text className='tx-big-button__label'>反映问题</Text>
      <Text className='tx-big-button__detail'>楼道、卫生、安全…告诉网格长</Text>
    </View>
  )
}
