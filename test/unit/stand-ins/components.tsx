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

export interface ButtonStandInProps extends StandInProps {
  disabled?: boolean
}

export function Button(props: ButtonStandInProps) {
  return (
    <button type='button' {...passThrough(props)} disabled={props.disabled} onClick={props.onClick}>
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
