/** A seeded PRNG and deterministic ids: the same seed always gives the same street. */
import crypto from 'node:crypto'

export type Rng = () => number

/** mulberry32: tiny, fast, good enough for demo data, and identical on every machine. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(r: Rng, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]
}

export function intBetween(r: Rng, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1))
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A Parse-style 10-character objectId derived from a stable key, e.g. ("Building", 17). */
export function stableId(kind: string, n: number | string): string {
  const digest = crypto.createHash('sha1').update(`${kind}:${n}`).digest()
  let id = ''
  for (let i = 0; i < 10; i++) id += BASE62[digest[i] % 62]
  return id
}

/** Splits total into `parts` near-equal whole shares (the first ones get the remainder). */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts)
  const extra = total % parts
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0))
}
