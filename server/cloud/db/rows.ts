/**
 * The one way cloud code writes rows of its own classes in SQL. Parse's layout is written here
 * once: objectId, createdAt/updatedAt from the server clock (never SQL's now()), the ACL columns
 * _rperm/_wperm (text arrays), and Array/Object fields as jsonb. Callers name columns and values;
 * SQL stays in the feature where it pays (conditions, races, ON CONFLICT), the boilerplate here.
 */
import type { QueryResultRow } from 'pg'
import { now } from '../clock'
import { runtime } from '../runtime'
import { newObjectId, type Sql } from '../sql'

/** Where a statement runs: a transaction's Sql, or (undefined) the pool. */
export type Db = Sql | undefined

/** Runs one statement on db (the pool when undefined) and returns its rows. */
export async function query<R extends QueryResultRow = QueryResultRow>(db: Db, text: string, values: unknown[] = []): Promise<R[]> {
  if (db) return db<R>(text, values)
  return (await runtime().pool.query<R>(text, values)).rows
}

/** A piece of SQL standing for a value, with its own $1.. placeholders (renumbered where it is used). */
export class SqlExpr {
  constructor(
    readonly text: string,
    readonly values: unknown[] = [],
  ) {}
}

/** A value computed by SQL, e.g. expr('COALESCE("attachedAt", $1)', [at]) or expr('"remaining" + 1'). */
export function expr(text: string, values: unknown[] = []): SqlExpr {
  return new SqlExpr(text, values)
}

/** A GeoPoint column: Parse keeps it as PostgreSQL's point(longitude, latitude). */
export function geoPoint(lng: number, lat: number): SqlExpr {
  return expr('point($1, $2)', [lng, lat])
}

/** Who may read and write a row through Parse (role names as 'role:x', user ids, '*'); default nobody but the master key. */
export interface RowAcl {
  read?: string[]
  write?: string[]
}

/** Shifts an expression's $n placeholders behind the values already bound. */
function place(e: SqlExpr, values: unknown[]): string {
  const base = values.length
  values.push(...e.values)
  return e.text.replace(/\$(\d+)/g, (_, n: string) => `$${base + Number(n)}`)
}

/** Binds a value as Parse stores it: arrays and plain objects as jsonb text. */
function bind(v: unknown, values: unknown[]): string {
  if (v instanceof SqlExpr) return place(v, values)
  const isJson = Array.isArray(v) || (v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v))
  values.push(isJson ? JSON.stringify(v) : v === undefined ? null : v)
  return `$${values.length}`
}

const col = (name: string): string => `"${name.replace(/"/g, '""')}"`

export interface InsertOptions {
  /** The new row's objectId (a fresh one when absent). */
  id?: string
  /** createdAt and updatedAt (the server clock's now() when absent). */
  at?: Date
  acl?: RowAcl
  /**
   * What a unique index does to a second row: 'nothing' or a target with what to update,
   * e.g. { target: '("user") WHERE true', update: ['onLeaderboard'] }; updatedAt follows.
   */
  onConflict?: 'nothing' | { target: string; update?: Array<string>; set?: Record<string, unknown>; where?: SqlExpr }
}

/**
 * Inserts one row of className with objectId, timestamps and ACL columns; returns its objectId,
 * or null when onConflict 'nothing' skipped it (with an update, the id of the row it updated).
 */
export async function insertRow(db: Db, className: string, row: Record<string, unknown>, opts?: Omit<InsertOptions, 'onConflict'>): Promise<string>
export async function insertRow(db: Db, className: string, row: Record<string, unknown>, opts: InsertOptions): Promise<string | null>
export async function insertRow(db: Db, className: string, row: Record<string, unknown>, opts: InsertOptions = {}): Promise<string | null> {
  return (await insertRows(db, className, [row], opts))[0] ?? null
}

/**
 * Inserts many rows of className in one statement (all rows name the same columns, in the
 * same order; each gets its own objectId unless it carries one). Returns the ids written.
 */
export async function insertRows(db: Db, className: string, rows: Array<Record<string, unknown>>, opts: Omit<InsertOptions, 'id'> & { id?: string } = {}): Promise<string[]> {
  if (!rows.length) return []
  const at = opts.at ?? now()
  const values: unknown[] = []
  const full = rows.map((row) => ({
    objectId: opts.id ?? newObjectId(),
    ...row,
    createdAt: at,
    updatedAt: at,
    _rperm: expr('$1::text[]', [opts.acl?.read ?? []]),
    _wperm: expr('$1::text[]', [opts.acl?.write ?? []]),
  }))
  const names = Object.keys(full[0])
  const tuples = full.map((r) => `(${names.map((n) => bind((r as Record<string, unknown>)[n], values)).join(', ')})`)
  let conflict = ''
  const oc = opts.onConflict
  if (oc === 'nothing') conflict = ' ON CONFLICT DO NOTHING'
  else if (oc && !oc.update?.length && !oc.set) conflict = ` ON CONFLICT ${oc.target} DO NOTHING`
  else if (oc) {
    const sets = (oc.update ?? []).map((n) => `${col(n)} = EXCLUDED.${col(n)}`)
    for (const [n, v] of Object.entries(oc.set ?? {})) sets.push(`${col(n)} = ${bind(v, values)}`)
    sets.push('"updatedAt" = EXCLUDED."updatedAt"')
    conflict = ` ON CONFLICT ${oc.target} DO UPDATE SET ${sets.join(', ')}${oc.where ? ` WHERE ${place(oc.where, values)}` : ''}`
  }
  const written = await query<{ id: string }>(
    db,
    `INSERT INTO ${col(className)} (${names.map(col).join(', ')}) VALUES ${tuples.join(', ')}${conflict} RETURNING "objectId" AS id`,
    values,
  )
  return written.map((r) => r.id)
}

export interface UpdateOptions {
  /** updatedAt (the server clock's now() when absent); false leaves updatedAt as it is. */
  at?: Date | false
  /** Columns to return from each updated row (SQL after RETURNING). */
  returning?: string
}

/**
 * Updates the rows of className matching `where` (SQL with its own $1.. placeholders over
 * whereValues, or an objectId) and stamps updatedAt; returns the rows RETURNING names (or one
 * { objectId } per row). A conditional update is how a race is decided: check what it returns.
 */
export async function updateRows<R extends QueryResultRow = { objectId: string }>(
  db: Db,
  className: string,
  where: string | { objectId: string },
  set: Record<string, unknown>,
  opts: UpdateOptions & { whereValues?: unknown[] } = {},
): Promise<R[]> {
  const values: unknown[] = []
  const full: Record<string, unknown> = { ...set }
  if (opts.at !== false) full.updatedAt = opts.at ?? now()
  const sets = Object.entries(full).map(([n, v]) => `${col(n)} = ${bind(v, values)}`)
  const cond = typeof where === 'string' ? place(expr(where, opts.whereValues ?? []), values) : `"objectId" = ${bind(where.objectId, values)}`
  return query<R>(db, `UPDATE ${col(className)} SET ${sets.join(', ')} WHERE ${cond} RETURNING ${opts.returning ?? '"objectId"'}`, values)
}

/** Updates one row by objectId; true when it existed (and matched the optional extra condition). */
export async function updateRow(
  db: Db,
  className: string,
  objectId: string,
  set: Record<string, unknown>,
  opts: UpdateOptions & { and?: string; andValues?: unknown[] } = {},
): Promise<boolean> {
  const where = opts.and ? `"objectId" = $1 AND (${shift(opts.and, 1)})` : '"objectId" = $1'
  const rows = await updateRows(db, className, where, set, { ...opts, whereValues: [objectId, ...(opts.andValues ?? [])] })
  return rows.length > 0
}

/** Erasure's common step: rows pointing at someone keep existing without the pointer. */
export async function clearPointer(db: Db, className: string, column: string, id: string, opts: UpdateOptions = {}): Promise<number> {
  return (await updateRows(db, className, `${col(column)} = $1`, { [column]: null }, { ...opts, whereValues: [id] })).length
}

function shift(text: string, by: number): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`)
}

/** Maps pg rows to typed objects once, so a feature reads a row the same way everywhere. */
export function reader<Row extends QueryResultRow, T>(map: (row: Row) => T) {
  return {
    map,
    /** All rows of a query, mapped. */
    async all(db: Db, text: string, values: unknown[] = []): Promise<T[]> {
      return (await query<Row>(db, text, values)).map(map)
    },
    /** The first row of a query, mapped, or undefined. */
    async one(db: Db, text: string, values: unknown[] = []): Promise<T | undefined> {
      const rows = await query<Row>(db, text, values)
      return rows.length ? map(rows[0]) : undefined
    },
  }
}
