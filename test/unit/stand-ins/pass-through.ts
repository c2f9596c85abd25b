/**
 * The props a stand-in keeps from what the app passed: the ones tests select by (role, label,
 * aria state) and className. Everything platform-specific (Taro's hover classes, WeChat's
 * sizes) is dropped, so a stand-in never forwards an attribute React would warn about.
 */
export type AriaProps = { [key: `aria-${string}`]: string | number | boolean | undefined }

export interface PassThroughProps extends AriaProps {
  className?: string
  role?: string
  id?: string
}

export function passThrough(props: object): PassThroughProps {
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className' || key === 'role' || key === 'id' || key.startsWith('aria-')) kept[key] = value
  }
  return kept as PassThroughProps
}
