/**
 * Direct reads of the test server's PostgreSQL, to prove what a refused call did not save
 * (and what an erasure removed). Tests never write through it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Pool } from 'pg'
import type { TestServer } from './server'

export interface TestDb {
  /** Rows of a read-only query. */
  rows<R extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>
  /** count(*) of a table, optionally with a WHERE clause. */
  count(table: string, where?: string, values?: unknown[]): Promise<number>
  close(): Promise<void>
}

/** Connects to the embedded PostgreSQL of a test server (port from postmaster.pid, password from the data dir). */
export function openTestDb(server: TestServer): TestDb {
  const pid = fs.readFileSync(path.join(server.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')
  const port = Number(pid[3])
  const password = fs.readFileSync(path.join(server.dataDir, 'pg-password'), 'utf8').trim()
  const pool = new Pool({ host: '127.0.0.1', port, user: 'postgres', password, database: 'tongxin', max: 2 })
  // When PostgreSQL stops under an idle or closing client (the server stopped, or died), the
  // FATAL 57P01 arrives as an 'error' event on the client and the pool; unheard, jest reports an
  // "Unhandled error" instead of the test's own failure. Queries still reject their own promises.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => client.on('error', () => undefined))
  const rows = async <R extends Record<string, unknown>>(text: string, values: unknown[] = []) => (await pool.query<R>(text, values)).rows
  return {
    rows,
    async count(table, where = 'true', values = []) {
      const [r] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, values)
      return r.n
    },
    close: () => pool.end(),
  }
}
