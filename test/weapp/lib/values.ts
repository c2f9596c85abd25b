/** Typed guards for values that arrive as `unknown`: JSON files and objects made by the bundle. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export type AnyFunction = (this: unknown, ...args: unknown[]) => unknown

/** A function-valued property, or undefined; the bundle's objects are only known at run time. */
export function fnProp(obj: unknown, key: string): AnyFunction | undefined {
  if (!isRecord(obj)) return undefined
  const value = obj[key]
  return typeof value === 'function' ? (value as AnyFunction) : undefined
}
