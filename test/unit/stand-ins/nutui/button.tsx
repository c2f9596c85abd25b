/**
 * Stand-in for NutUI's Button: a real <button>. Like NutUI, a loading or disabled button
 * swallows taps, so tests see the double-submit guard the app relies on.
 */
import type { MouseEvent, ReactNode } from 'react'
import { passThrough, type PassThroughProps } from '../pass-through'

export interface ButtonProps extends PassThroughProps {
  type?: 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger'
  block?: boolean
  loading?: boolean
  disabled?: boolean
  children?: ReactNode
  onClick?: (e: MouseEvent<HTMLButtonElement>) => void
}

export default function Button(props: ButtonProps) {
  const { type = 'default', block = false, loading = false, disabled = false, onClick, children } = props
  const classes = ['nut-button', `nut-button-${type}`, block && 'nut-button-block', props.className].filter(Boolean).join(' ')
  return (
    <button
      {...passThrough(props)}
      type='button'
      className={classes}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      onClick={(e) => {
        if (!loading && !disabled) onClick?.(e)
      }}
    >
      {children}
    </button>
  )
}
