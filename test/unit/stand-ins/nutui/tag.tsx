/** Stand-in for NutUI's Tag: a span whose class names the tag's type, as NutUI's does. */
import type { ReactNode } from 'react'
import { passThrough, type PassThroughProps } from '../pass-through'

export interface TagProps extends PassThroughProps {
  type?: 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger'
  children?: ReactNode
}

export default function Tag(props: TagProps) {
  const { type = 'default', children } = props
  return (
    <span {...passThrough(props)} className={['nut-tag', `nut-tag-${type}`, props.className].filter(Boolean).join(' ')}>
      {children}
    </span>
  )
}
