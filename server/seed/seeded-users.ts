/**
 * Which users the seed created. Demo login may only ever sign in these: a resident who signed
 * up through WeChat is never a demo account, even in demo mode, even with a known phone.
 * A plain table, written only here (by the seed) and unknown to Parse, so no REST route,
 * cloud function or dashboard edit can add a row to it.
 */
import type { Pool, PoolClient } from 'pg'

const TABLE = 'seed_user'

export async function ensureSeededUsersTable(client: PoolClient | Pool): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (user_id text PRIMARY KEY)`)
}

/** Records the seed's users (inside the seed's own transaction). */
export async function markSeededUsers(client: PoolClient, userIds: string[]): Promise<void> {
  await ensureSeededUsersTable(client)
  for (let start = 0; start < userIds.length; start += 5000) {
    await client.query(`INSERT INTO ${TABLE} (user_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [userIds.slice(start, start + 5000)])
  }
}

export async function clearSeededUsers(client: PoolClient | Pool): Promise<void> {
  await ensureSeededUsersTable(client)
  await client.query(`TRUNCATE ${TABLE}`)
}

/** The seeded user whose resident profile has this phone, if any. */
export async function seededUserByPhone(pool: Pool, phone: string): Promise<string | null> {
  const exists = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [TABLE])
  if (!exists.rows[0].t) return null
  const r = await pool.query<{ user: string }>(
    `SELECT r."user" FROM "Resident" r JOIN ${TABLE} s ON s.user_id = r."user" WHERE r.phone = $1 ORDER BY r."createdAt" LIMIT 1`,
    [phone],
  )
  return r.rows[0]?.user ?? null
}
