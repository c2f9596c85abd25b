/**
 * "Nothing written": a fingerprint of every table of the test server's database (row count,
 * and the newest `_updated_at` where Parse keeps one), read directly from PostgreSQL.
 */
import type { TestDb } from './db'

export type Fingerprint = Record<string, string>

/** One query over every table in the public schema (the schema is locked, so it is built once per db). */
async function fingerprintQuery(db: TestDb): Promise<string | null> {
  const tables = await db.rows<{ table_name: string; has_updated: boolean }>(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = '_updated_at') AS has_updated
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY t.table_name`,
  )
  if (tables.length === 0) return null
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
  const parts = tables.map(
    (t) => `SELECT ${`'${t.table_name.replace(/'/g, "''")}'`} AS name, count(*)::text || ' ' || ${t.has_updated ? `coalesce(max("_updated_at")::text, '-')` : `'-'`} AS print FROM ${quote(t.table_name)}`,
  )
  return parts.join(' UNION ALL ')
}

const queries = new WeakMap<TestDb, Promise<string | null>>()

export async function fingerprint(db: TestDb): Promise<Fingerprint> {
  if (!queries.has(db)) queries.set(db, fingerprintQuery(db))
  const query = await queries.get(db)
  if (!query) return {}
  const rows = await db.rows<{ name: string; print: string }>(query)
  return Object.fromEntries(rows.map((r) => [r.name, r.print]))
}

/** The tables whose fingerprint changed between two readings, with both values. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((n) => before[n] !== after[n]).map((n) => `${n}: ${before[n] ?? 'absent'} -> ${after[n] ?? 'absent'}`)
}
