/** Building blocks of the help suites: seeded residents who are nobody's steward, and role checks over REST. */
import type { TestClient } from './client'
import type { TestDb } from './db'

/** Verified residents of a building who look after no building, seeded order (phones 139…). */
export async function plainResidents(db: TestDb, buildingId: string, limit = 5): Promise<Array<{ phone: string; user: string }>> {
  return db.rows(
    `SELECT r."phone", r."user" FROM "Resident" r
     WHERE r."building" = $1 AND r."verified" = true AND r."user" IS NOT NULL AND r."phone" > '13900000009'
       AND NOT EXISTS (SELECT 1 FROM "StewardAssignment" a WHERE a."steward" = r."user")
       AND NOT EXISTS (SELECT 1 FROM "MicroGrid" m WHERE m."leader" = r."user")
     ORDER BY r."phone" LIMIT $2`,
    [buildingId, limit],
  )
}

/** How many Resident rows of a building a session can read over the REST API (row ACLs). */
export async function readableResidents(api: TestClient, token: string, buildingId: string): Promise<number> {
  const where = encodeURIComponent(JSON.stringify({ building: { __type: 'Pointer', className: 'Building', objectId: buildingId } }))
  const reply = await api.rest<{ results: unknown[] }>('GET', `/classes/Resident?where=${where}&limit=1000`, { token })
  if (!reply.ok) throw new Error(`Resident query failed: ${reply.error.code} ${reply.error.error}`)
  return reply.result.results.length
}

/** The role names a user is in, from the database. */
export async function roleNames(db: TestDb, userId: string): Promise<string[]> {
  const rows = await db.rows<{ name: string }>(
    'SELECT r."name" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE j."relatedId" = $1 ORDER BY r."name"',
    [userId],
  )
  return rows.map((r) => r.name)
}
