import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { FieldError } from './FieldError'
import './form.css'

export interface FormFieldProps {
  label: string
  /** Shown under the label: what to fill in, or that it is optional. */
  hint?: string
  error?: string | null
  children: ReactNode
}

/** A labelled form row with its error underneath, always in words (never only a red border). */
export function FormField({ label, hint, error, children }: FormFieldProps) {
  return (
    <View className={`tx-field ${error ? 'tx-field--error' : ''}`}>
      <Text className='tx-field__label'>{label}</Text>
      {hint && <Text className='tx-field__hint'>{hint}</Text>}
      {children}
      <FieldError error={error} />
    </View>
  )
}
