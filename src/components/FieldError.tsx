import { View } from '@tarojs/components'

export interface FieldErrorProps {
  /** The sentence to show; nothing is rendered when it is empty. */
  error: string | null | undefined | false
  /** Default tx-field__error (red text under a field or a form). */
  className?: string
}

/** An error sentence announced to screen readers (role alert), or nothing when there is none. */
export function FieldError({ error, className = 'tx-field__error' }: FieldErrorProps) {
  if (!error) return null
  return (
    <View className={className} role='alert'>
      {error}
    </View>
  )
}
