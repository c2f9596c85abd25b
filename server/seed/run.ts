import type { Pool } from 'pg'
export async function isSeeded(pool: Pool): Promise<boolean> {
  const r = await pool.query('SELECT count(*)::int AS n FROM "Street"')
  return (r.rows[0] as { n: number }).n > 0
}
export async function seedDatabase(_pool: Pool, _opts: { scale: 'demo' | 'full' }): Promise<void> {}
