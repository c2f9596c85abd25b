import type { Pool } from 'pg'
import { generate, type DemoAccount, type Scale } from './generate'
import { clearSeed, writeSeed } from './write'

/** True when the database already holds a street (seeded or real). */
export async function isSeeded(pool: Pool): Promise<boolean> {
  const r = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "Street"')
  return r.rows[0].n > 0
}

export interface SeedResult {
  scale: Scale
  counts: Record<string, number>
  demoAccounts: DemoAccount[]
}

/** Generates the street at a scale and writes it; with reset, the old data goes first. */
export async function seedDatabase(pool: Pool, opts: { scale: Scale; reset?: boolean }): Promise<SeedResult> {
  const data = generate(opts.scale)
  if (opts.reset) await clearSeed(pool)
  await writeSeed(pool, data)
  const counts = Object.fromEntries(Object.entries(data.rows).map(([k, v]) => [k, v.length]))
  return { scale: opts.scale, counts, demoAccounts: data.demoAccounts }
}

export { generate }
export type { DemoAccount }
