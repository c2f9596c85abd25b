/**
 * Writes generated rows straight into Parse's PostgreSQL tables. Going through the REST API
 * would take hours for the full street's 300,000 residents; the table layout is Parse's own
 * (pointers as objectId text, ACLs as _rperm/_wperm arrays, relations in _Join tables).
 */
import { activitiesAppWritten } from '../schema/activities'
import { helpAppWritten } from '../schema/help'
import { notifyAppWritten } from '../schema/notify'
import { problemsAppWritten } from '../schema/problems'
import { welfareAppWritten } from '../schema/welfare'
import { activitiesSeedOrder } from './activities'
import { helpSeedOrder } from './help'
import { problemsSeedOrder } from './problems'
import { clearSeededUsers, markSeededUsers } from './seeded-users'
import { welfareSeedOrder } from './welfare'
import type { Pool, PoolClient } from 'pg'
import type { Row, SeedData } from './generate'

const CHUNK = 500
/** Fields Parse stores as jsonb: arrays of pointers are kept in Parse's JSON form. */
const POINTER_ARRAYS: Record<string, Record<string, string>> = { MicroGrid: { deputies: '_User' } }

function toColumnValue(className: string, field: string, value: Row[string]): unknown {
  const target = POINTER_ARRAYS[className]?.[field]
  if (target) return JSON.stringify(((value as string[] | null) ?? []).map((objectId) => ({ __type: 'Pointer', className: target, objectId })))
  return value ?? null
}

async function insertRows(client: PoolClient, className: string, rows: Row[], now: Date): Promise<void> {
  if (!rows.length) return
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const columns = [...fields, 'createdAt', 'updatedAt']
  const columnSql = columns.map((c) => `"${c}"`).join(', ')
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK)
    const params: unknown[] = []
    const tuples = chunk.map((row) => {
      const values = fields.map((f) => toColumnValue(className, f, row[f]))
      values.push(now, now)
      const placeholders = values.map((v) => {
        params.push(v)
        return `$${params.length}`
      })
      return `(${placeholders.join(', ')})`
    })
    await client.query(`INSERT INTO "${className}" (${columnSql}) VALUES ${tuples.join(', ')}`, params)
  }
}

async function insertRoleMembers(client: PoolClient, data: SeedData): Promise<void> {
  const roleIds = new Map(data.rows._Role.map((r) => [r.name as string, r.objectId]))
  const pairs: Array<[string, string]> = []
  for (const [role, users] of data.roleMembers) for (const u of users) pairs.push([u, roleIds.get(role)!])
  for (let start = 0; start < pairs.length; start += 5000) {
    const chunk = pairs.slice(start, start + 5000)
    await client.query('INSERT INTO "_Join:users:_Role" ("relatedId", "owningId") SELECT * FROM unnest($1::text[], $2::text[])', [
      chunk.map((p) => p[0]),
      chunk.map((p) => p[1]),
    ])
  }
}

// Parents before children, so a reader never sees a pointer to a row that is not there yet.
const ORDER = [
  ...['Street', 'Community', 'Compound', 'Grid', '_User', 'MicroGrid', 'Building', 'Resident', 'StewardAssignment', '_Role', 'GuideItem', 'Notice'],
  ...helpSeedOrder,
  ...activitiesSeedOrder,
  ...welfareSeedOrder,
  ...problemsSeedOrder,
]
/** Written by people using the app, never by the seed; they point at seeded rows, so a reset empties them too. */
const APP_WRITTEN = [
  ...['Registration', 'GuideTick', 'FamilyLink', 'Act', 'ProfileAccess', 'NoticeRead', 'NoticeSignal', 'Upload'],
  ...helpAppWritten,
  ...notifyAppWritten,
  ...activitiesAppWritten,
  ...welfareAppWritten,
  ...problemsAppWritten,
]

/** Inserts everything in one transaction: a failed seed leaves the database as it was. */
export async function writeSeed(pool: Pool, data: SeedData, now = new Date()): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    for (const className of ORDER) await insertRows(client, className, data.rows[className] ?? [], now)
    await insertRoleMembers(client, data)
    await markSeededUsers(client, (data.rows._User ?? []).map((u) => u.objectId))
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK')
    throw err
  } finally {
    client.release()
  }
}

/** Empties every table the seed writes, and the sessions that pointed at its users. */
export async function clearSeed(pool: Pool): Promise<void> {
  const tables = [...ORDER, ...APP_WRITTEN, '_Join:users:_Role', '_Join:roles:_Role', '_Session']
  await pool.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`)
  await clearSeededUsers(pool)
}
