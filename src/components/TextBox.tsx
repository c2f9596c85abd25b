import { Textarea } from '@tarojs/components'

export interface TextBoxProps {
  /** Its accessible name (usually the field's label). */
  label: string
  placeholder?: string
  maxlength?: number
  value: string
  onChange: (value: string) => void
}

/** A multi-line text box (tx-textarea) that reports its text, not the input event. */
export function TextBox({ label, placeholder, maxlength, value, onChange }: TextBoxProps) {
  // Only the attributes given are set, so the platform's own defaults stay as they were.
  const optional = { ...(placeholder === undefined ? {} : { placeholder }), ...(maxlength === undefined ? {} : { maxlength }) }
  return <Textarea className='tx-textarea' aria-label={label} {...optional} value={value} onInput={(ev) => onChange(ev.detail.value)} />
}
