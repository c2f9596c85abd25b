/** Building blocks of the help suites: seeded residents who are nobody's steward, and what their roles grant. */
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

/**
 * How many Resident rows of a building name this user in their read ACL, directly or through one
 * of their roles: what a steward's appointment grants. (Clients never read the rows over REST: the
 * route allow-list closes it; functions check the same roles.)
 */
export async function readableResidents(db: TestDb, userId: string, buildingId: string): Promise<number> {
  const readers = [userId, ...(await roleNames(db, userId)).map((name) => `role:${name}`)]
  return db.count('Resident', '"building" = $1 AND "_rperm" && $2::text[]', [buildingId, readers])
}

/** The role names a user is in, from the database. */
export async function roleNames(db: TestDb, userId: string): Promise<string[]> {
  const rows = await db.rows<{ name: string }>(
    'SELECT r."name" FROM "_Join:users:_Role" j JOIN "_Role" r ON r."objectId" = j."owningId" WHERE j."relatedId" = $1 ORDER BY r."name"',
    [userId],
  )
  return rows.map((r) => r.name)
}
