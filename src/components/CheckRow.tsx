import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './form.css'

export interface CheckRowProps {
  checked: boolean
  onChange: (checked: boolean) => void
  /** The accessible name; children may hold links that stop the tap from ticking. */
  label: string
  children: ReactNode
}

/** A tick box the whole row of which is the tap target (48 px at least, for seniors). */
export function CheckRow({ checked, onChange, label, children }: CheckRowProps) {
  return (
    <View className='tx-check' role='checkbox' aria-checked={checked} aria-label={label} onClick={() => onChange(!checked)}>
      <View className={`tx-check__box ${checked ? 'tx-check__box--on' : ''}`} aria-hidden>
        {checked ? '✓' : ''}
      </View>
      <View className='tx-check__text'>{children}</View>
    </View>
  )
}
