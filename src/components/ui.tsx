/**
 * The NutUI components the app uses, imported one by one with their own CSS, so the
 * weapp main package carries only these and not the whole kit.
 */
import type { ComponentProps } from 'react'
import NutButton from '@nutui/nutui-react-taro/dist/es/packages/button'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import Tag from '@nutui/nutui-react-taro/dist/es/packages/tag'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'

// NutUI's button renders Taro's <taro-button-core> on H5, which screen readers do not announce
// as a button; the role (forwarded by NutUI to the host element) makes it one for seniors using
// TalkBack or VoiceOver.
const a11y = { role: 'button' } as Partial<ComponentProps<typeof NutButton>>

export function Button(props: ComponentProps<typeof NutButton>) {
  // A disabled or busy button must be announced as such, not as one that will act.
  const busy = { 'aria-disabled': !!(props.disabled || props.loading) } as Partial<ComponentProps<typeof NutButton>>
  return <NutButton {...a11y} {...busy} {...props} />
}

export { Input, Tag }
