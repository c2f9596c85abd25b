/** Our own small pool for the SQL that must be one statement (counters, seed, stats). */
import { Pool } from 'pg'

export type { Pool }

/** PostgreSQL's "terminating connection due to administrator command": the database is stopping. */
const ADMIN_SHUTDOWN = '57P01'

export function openPool(uri: string): Pool {
  const pool = new Pool({ connectionString: uri, max: 5 })
  // An idle connection the database drops (a restart, a failover, our own shutdown) is reported
  // on the pool; without a listener node-postgres turns it into an uncaught error that kills the
  // server. The pool replaces the connection on the next query, so log and carry on.
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== ADMIN_SHUTDOWN) console.error(`database connection lost: ${err.message}`)
  })
  return pool
}
