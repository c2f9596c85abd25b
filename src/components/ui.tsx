/**
 * The app's button, text box and tag, drawn on Taro's own components.
 *
 * They replaced NutUI's Button, Input and Tag (48.6 KB of the weapp main package for three
 * components) with the same props the app uses, the same look (ui.css ports the NutUI rules that
 * showed, at the app's 750 design width) and the same DOM on H5 (<taro-button-core role=button>,
 * <taro-input-core aria-label> around the real <input>), so tests and screen readers see no change.
 * ui.css is imported by app.tsx, before app.css, so every feature's CSS overrides it on both
 * platforms, as it overrode NutUI's stylesheet.
 */
import type { ComponentProps, ReactNode } from 'react'
import { Button as TaroButton, Input as TaroInput, View } from '@tarojs/components'
import type { BaseEventOrig, ITouchEvent } from '@tarojs/components/types/common'

/** aria-label, aria-pressed…: forwarded to the element a screen reader announces. */
type Aria = { [key: `aria-${string}`]: string | number | boolean | undefined }

export type ButtonProps = Aria & {
  type?: 'default' | 'primary' | 'danger'
  size?: 'small' | 'normal' | 'large'
  block?: boolean
  /** Busy: a spinner, and taps are ignored (the double-submit guard). */
  loading?: boolean
  disabled?: boolean
  className?: string
  children?: ReactNode
  onClick?: (e: ITouchEvent) => void
}

export function Button({ type = 'default', size = 'normal', block, loading, disabled, className, children, onClick, ...aria }: ButtonProps) {
  const off = !!(disabled || loading)
  // Taro's <taro-button-core> is not announced as a button by itself, hence the role; a disabled
  // or busy button must be announced as one that will not act, on H5 (aria-disabled) and WeChat
  // (disabled). Taro's types know neither role nor aria-disabled; both reach the element.
  const a11y = { role: 'button', 'aria-disabled': off, ...aria } as Partial<ComponentProps<typeof TaroButton>>
  const classes = ['tx-btn', `tx-btn--${type}`, `tx-btn--${size}`, block && 'tx-btn--block', off && 'tx-btn--off', loading && 'tx-btn--loading', className]
  return (
    <TaroButton
      {...a11y}
      // Absent, not false, when enabled: React writes disabled="false" on H5's custom element,
      // which taro-button-core[disabled] styles as disabled.
      disabled={off || undefined}
      className={classes.filter(Boolean).join(' ')}
      onClick={(e) => {
        if (!off) onClick?.(e)
      }}
    >
      <View className='tx-btn__wrap'>
        {loading && <View className='tx-btn__spin' />}
        <View className='tx-btn__text'>{children}</View>
      </View>
    </TaroButton>
  )
}

/** What NutUI's number and digit inputs kept of a typed value: digits, one leading minus, one dot for digit. */
function onlyNumber(value: string, allowDot: boolean): string {
  const once = (v: string, char: string, all: RegExp) => {
    const i = v.indexOf(char)
    if (i === -1) return v
    if (char === '-' && i !== 0) return v.slice(0, i)
    return v.slice(0, i + 1) + v.slice(i).replace(all, '')
  }
  let v = allowDot ? once(value, '.', /\./g) : value.split('.')[0]!
  v = once(v, '-', /-/g)
  return v.replace(allowDot ? /[^-0-9.]/g : /[^-0-9]/g, '')
}

export type InputProps = Aria & {
  value: string
  /** Called with the new text (numbers only for number and digit). */
  onChange: (value: string) => void
  type?: 'text' | 'number' | 'digit' | 'tel'
  placeholder?: string
  maxLength?: number
  className?: string
  onConfirm?: (e: BaseEventOrig<{ value: string }>) => void
}

const H5 = process.env.TARO_ENV === 'h5'
type TaroInputType = ComponentProps<typeof TaroInput>['type']

export function Input({ value, onChange, type = 'text', placeholder, maxLength, className, ...rest }: InputProps) {
  const update = (raw: string) => {
    const next = type === 'number' ? onlyNumber(raw, false) : type === 'digit' ? onlyNumber(raw, true) : raw
    if (next !== value) onChange(next)
  }
  return (
    <View className={`tx-input-box ${className ?? ''}`}>
      <TaroInput
        {...rest}
        className='tx-input-box__native'
        // As NutUI did: the browser has no digit type, and tel (not in Taro's list) brings up its number pad.
        type={(H5 && type === 'digit' ? 'text' : H5 && type === 'number' ? 'tel' : type) as TaroInputType}
        // WeChat's own limit is 140 characters; NutUI lifted it and the app relies on its own maxLength.
        maxlength={maxLength ?? 9999}
        placeholder={placeholder ?? '请输入内容'}
        placeholderClass='tx-input-box__placeholder'
        value={value}
        onInput={(e) => update(e.detail.value)}
        // A value the input event missed (an IME's last composition) arrives with the blur.
        onBlur={(e) => typeof e.detail?.value === 'string' && update(e.detail.value)}
      />
    </View>
  )
}

export interface TagProps {
  type?: 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger'
  className?: string
  children?: ReactNode
}

export function Tag({ type = 'default', className, children }: TagProps) {
  return <View className={`tx-tag tx-tag--${type} ${className ?? ''}`}>{children}</View>
}
