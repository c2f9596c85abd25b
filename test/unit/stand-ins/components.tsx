/**
 * A stand-in for @tarojs/components: plain DOM elements, so Testing Library can query by
 * role, label and text. Taro's own H5 components need its build-time globals and custom
 * elements, which the unit project does not load.
 */
import type { MouseEvent, ReactNode } from 'react'
import { passThrough, type PassThroughProps } from './pass-through'

export interface StandInProps extends PassThroughProps {
  children?: ReactNode
  onClick?: (e: MouseEvent<HTMLElement>) => void
}

export function View(props: StandInProps) {
  return (
    <div {...passThrough(props)} onClick={props.onClick}>
      {props.children}
    </div>
  )
}

export function Text(props: StandInProps) {
  return (
    <span {...passThrough(props)} onClick={props.onClick}>
      {props.children}
    </span>
  )
}

export function ScrollView(props: StandInProps) {
  return (
    <div {...passThrough(props)} onClick={props.onClick}>
      {props.children}
    </div>
  )
}

/** What WeChat's getPhoneNumber button hands back in tests: a code, or none when the person declines. */
export const wechatButtons: { phoneCode: string | undefined } = { phoneCode: 'phone-code' }

export interface ButtonStandInProps extends StandInProps {
  disabled?: boolean
  openType?: string
  onGetPhoneNumber?: (e: { detail: { code?: string; errMsg: string } }) => void
  onAgreePrivacyAuthorization?: (e: { detail: Record<string, never> }) => void
}

/** Taro's Button; a tap on an open-type button plays WeChat's answer to it, as the mini-program does. */
export function Button(props: ButtonStandInProps) {
  return (
    <button
      type='button'
      {...passThrough(props)}
      disabled={props.disabled}
      onClick={(e) => {
        props.onClick?.(e)
        if (props.openType === 'agreePrivacyAuthorization') props.onAgreePrivacyAuthorization?.({ detail: {} })
        if (props.openType === 'getPhoneNumber') props.onGetPhoneNumber?.({ detail: { code: wechatButtons.phoneCode, errMsg: 'getPhoneNumber:ok' } })
      }}
    >
      {props.children}
    </button>
  )
}

export interface InputStandInProps extends PassThroughProps {
  value?: string
  type?: string
  placeholder?: string
  disabled?: boolean
  maxlength?: number
  /** Taro's input event carries the value in `detail`, as on weapp. */
  onInput?: (e: { detail: { value: string } }) => void
}

export function Input(props: InputStandInProps) {
  return (
    <input
      {...passThrough(props)}
      type={props.type === 'tel' || props.type === 'number' || props.type === 'password' ? props.type : 'text'}
      value={props.value ?? ''}
      placeholder={props.placeholder}
      disabled={props.disabled}
      maxLength={props.maxlength}
      onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
    />
  )
}

export interface ImageStandInProps extends StandInProps {
  src?: string
}

export function Image(props: ImageStandInProps) {
  return <img {...passThrough(props)} src={props.src} onClick={props.onClick} />
}

export interface TextareaStandInProps extends PassThroughProps {
  value?: string
  placeholder?: string
  maxlength?: number
  onInput?: (e: { detail: { value: string } }) => void
}

export function Textarea(props: TextareaStandInProps) {
  return (
    <textarea
      {...passThrough(props)}
      value={props.value ?? ''}
      placeholder={props.placeholder}
      // WeChat's -1 means "no limit"; the DOM refuses a negative maxLength.
      maxLength={props.maxlength !== undefined && props.maxlength >= 0 ? props.maxlength : undefined}
      onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
    />
  )
}

export interface PickerStandInProps extends StandInProps {
  mode?: 'selector' | 'multiSelector' | 'date' | 'time' | 'region'
  range?: ReadonlyArray<unknown>
  value?: number | string | ReadonlyArray<number | string>
  start?: string
  end?: string
  disabled?: boolean
  onChange?: (e: { detail: { value: unknown } }) => void
}

/**
 * Taro's Picker as form controls a test can change: a <select> for a list, one <select> per
 * column ("<label>第N列") for multiSelector, a date <input> for dates. Each answers with
 * WeChat's change event: the index, the indexes, or the YYYY-MM-DD string.
 */
export function Picker(props: PickerStandInProps) {
  const label = props['aria-label'] === undefined ? undefined : String(props['aria-label'])
  const change = (value: unknown) => props.onChange?.({ detail: { value } })
  let control
  if (props.mode === 'date') {
    control = (
      <input
        type='date'
        aria-label={label}
        value={typeof props.value === 'string' ? props.value : ''}
        min={props.start}
        max={props.end}
        disabled={props.disabled}
        onChange={(e) => change(e.target.value)}
      />
    )
  } else if (props.mode === 'multiSelector') {
    const columns = (props.range ?? []) as ReadonlyArray<ReadonlyArray<unknown>>
    const values = Array.isArray(props.value) ? props.value.map(Number) : columns.map(() => 0)
    control = columns.map((column, c) => (
      <select
        key={c}
        aria-label={`${label ?? ''}第${c + 1}列`}
        value={String(values[c] ?? 0)}
        disabled={props.disabled}
        onChange={(e) => change(values.map((v, i) => (i === c ? Number(e.target.value) : v)))}
      >
        {column.map((option, i) => (
          <option key={i} value={String(i)}>
            {String(option)}
          </option>
        ))}
      </select>
    ))
  } else {
    control = (
      <select aria-label={label} value={String(props.value ?? 0)} disabled={props.disabled} onChange={(e) => change(Number(e.target.value))}>
        {(props.range ?? []).map((option, i) => (
          <option key={i} value={String(i)}>
            {String(option)}
          </option>
        ))}
      </select>
    )
  }
  return (
    <div className={props.className}>
      {props.children}
      {control}
    </div>
  )
}
