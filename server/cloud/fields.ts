/**
 * Typed reads of Parse object fields. The SDK types every attribute as `any`; these helpers
 * check the runtime type once so the rest of cloud code works with real types.
 */

type Obj = Parse.Object

export function textOf(o: Obj | undefined, key: string): string | null {
  const v: unknown = o?.get(key)
  return typeof v === 'string' ? v : null
}

export function numberOf(o: Obj | undefined, key: string): number | null {
  const v: unknown = o?.get(key)
  return typeof v === 'number' ? v : null
}

export function flagOf(o: Obj | undefined, key: string): boolean {
  return o?.get(key) === true
}

/** An ISO timestamp of a Date field (createdAt, updatedAt included). */
export function isoOf(o: Obj | undefined, key: string): string | null {
  const v: unknown = key === 'createdAt' ? o?.createdAt : key === 'updatedAt' ? o?.updatedAt : o?.get(key)
  return v instanceof Date ? v.toISOString() : null
}

/** The object a pointer field holds (fetched when the query included it), or undefined. */
export function refOf(o: Obj | undefined, key: string): Obj | undefined {
  const v: unknown = o?.get(key)
  return v && typeof v === 'object' && 'className' in v ? (v as Obj) : undefined
}

/** The id a pointer field points at, or null. */
export function refIdOf(o: Obj | undefined, key: string): string | null {
  return refOf(o, key)?.id ?? null
}

export function arrayOf(o: Obj | undefined, key: string): unknown[] {
  const v: unknown = o?.get(key)
  return Array.isArray(v) ? v : []
}
