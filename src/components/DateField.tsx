import { Picker, View } from '@tarojs/components'
import { formatDate } from '@/domain/time'
import { FormField } from './FormField'

export interface DateFieldProps {
  label: string
  /** YYYY-MM-DD or ''. */
  value: string
  placeholder: string
  start?: string
  end?: string
  error?: string | null
  onChange: (value: string) => void
}

/** A calendar date from WeChat's date picker, shown as residents read dates. */
export function DateField({ label, value, placeholder, start, end, error, onChange }: DateFieldProps) {
  return (
    <FormField label={label} error={error}>
      <Picker mode='date' value={value} start={start} end={end} aria-label={label} onChange={(e) => onChange(e.detail.value)}>
        <View className={`tx-field__picker ${value ? '' : 'tx-field__picker--empty'}`}>{value ? formatDate(value) : placeholder}</View>
      </Picker>
    </FormField>
  )
}
