/** Our own small pool for the SQL that must be one statement (counters, seed, stats). */
import { Pool } from 'pg'

export type { Pool }

export function openPool(uri: string): Pool {
  return new Pool({ connectionString: uri, max: 5 })
}
