import { Picker, View } from '@tarojs/components'
import { FormField } from './FormField'

export interface SelectFieldProps {
  label: string
  options: string[]
  /** The chosen option's text, or '' for none. */
  value: string
  placeholder: string
  hint?: string
  error?: string | null
  disabled?: boolean
  onChange: (index: number) => void
}

/** Choose one of a list with WeChat's own picker: no typing, a large tap target. */
export function SelectField({ label, options, value, placeholder, hint, error, disabled, onChange }: SelectFieldProps) {
  const index = Math.max(0, options.indexOf(value))
  return (
    <FormField label={label} hint={hint} error={error}>
      <Picker
        mode='selector'
        range={options}
        value={index}
        disabled={disabled || options.length === 0}
        aria-label={label}
        onChange={(e) => onChange(Number(e.detail.value))}
      >
        <View className={`tx-field__picker ${value ? '' : 'tx-field__picker--empty'}`}>{value || placeholder}</View>
      </Picker>
    </FormField>
  )
}
