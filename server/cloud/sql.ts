/**
 * SQL on Parse's own tables, for writes that must be one transaction or one conditional
 * statement (an approval, an erasure). The layout is Parse's: pointers are the target's
 * objectId as text, ACLs are the _rperm/_wperm text arrays, Array fields are jsonb.
 */
import crypto from 'node:crypto'
import type { PoolClient, QueryResultRow } from 'pg'
import { runtime } from './runtime'

export type Sql = <R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]) => Promise<R[]>

function sqlOf(client: PoolClient): Sql {
  return async <R extends QueryResultRow>(text: string, values: unknown[] = []) => (await client.query<R>(text, values)).rows
}

/** Runs fn in one transaction on our pool: everything it writes commits together or not at all. */
export async function inTransaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await runtime().pool.connect()
  try {
    await client.query('BEGIN')
    const result = await fn(sqlOf(client))
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK')
    throw err
  } finally {
    client.release()
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A new objectId in Parse's own shape (10 alphanumeric characters). */
export function newObjectId(): string {
  const bytes = crypto.randomBytes(10)
  let id = ''
  for (const b of bytes) id += BASE62[b % 62]
  return id
}
