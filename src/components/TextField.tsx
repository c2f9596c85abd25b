import type { ComponentProps } from 'react'
import { FormField, type FormFieldProps } from './FormField'
import { Input } from './ui'

type InputProps = ComponentProps<typeof Input>

export interface TextFieldProps extends Omit<FormFieldProps, 'children'> {
  /** The input's accessible name when it differs from the label (usually the label without its unit). */
  name?: string
  placeholder?: string
  type?: InputProps['type']
  maxLength?: number
  value: string
  onChange: (value: string) => void
}

/** A labelled one-line input (FormField + tx-input): the form row most forms are made of. */
export function TextField({ label, hint, error, name, value, onChange, ...input }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      <Input className='tx-input' aria-label={name ?? label} {...input} value={value} onChange={(v: string) => onChange(v)} />
    </FormField>
  )
}
