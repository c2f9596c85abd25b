/** Stand-in for NutUI's Input: a controlled <input> whose onChange gets the string, as NutUI's does. */
import { passThrough, type PassThroughProps } from '../pass-through'

export interface InputProps extends PassThroughProps {
  value?: string
  type?: string
  placeholder?: string
  maxLength?: number
  disabled?: boolean
  onChange?: (value: string) => void
}

export default function Input(props: InputProps) {
  return (
    <input
      {...passThrough(props)}
      type={props.type === 'tel' || props.type === 'password' ? props.type : 'text'}
      value={props.value ?? ''}
      placeholder={props.placeholder}
      maxLength={props.maxLength}
      disabled={props.disabled}
      onChange={(e) => props.onChange?.(e.target.value)}
    />
  )
}
