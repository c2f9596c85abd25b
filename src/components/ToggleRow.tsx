import { Text, View } from '@tarojs/components'
import './form.css'

export interface ToggleRowProps {
  label: string
  detail?: string
  on: boolean
  onChange: (on: boolean) => void
}

/**
 * An on/off setting. The whole row is the switch: WeChat's native switch is smaller than the
 * 48 px a senior's finger needs, and its state is also said in words (开/关), not only by colour.
 */
export function ToggleRow({ label, detail, on, onChange }: ToggleRowProps) {
  return (
    <View className='tx-toggle' role='switch' aria-checked={on} aria-label={label} onClick={() => onChange(!on)}>
      <View className='tx-toggle__text'>
        <Text className='tx-toggle__label'>{label}</Text>
        {detail && <Text className='tx-toggle__detail'>{detail}</Text>}
      </View>
      <View className={`tx-toggle__track ${on ? 'tx-toggle__track--on' : ''}`} aria-hidden>
        <Text className='tx-toggle__state'>{on ? '开' : '关'}</Text>
        <View className='tx-toggle__knob' />
      </View>
    </View>
  )
}
