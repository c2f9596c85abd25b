/**
 * Indexes Parse does not make by itself. Created with plain SQL because the lookups they
 * serve are by pointer columns (stored as the target's objectId text in PostgreSQL).
 */
import type { Pool } from 'pg'

const INDEXES: Array<[table: string, name: string, columns: string]> = [
  ['Resident', 'resident_phone', '"phone"'],
  ['Resident', 'resident_building', '"building"'],
  ['Building', 'building_compound', '"compound"'],
  ['Building', 'building_microgrid', '"microGrid"'],
  ['Compound', 'compound_community', '"community"'],
  ['MicroGrid', 'microgrid_grid', '"grid"'],
  ['StewardAssignment', 'steward_assignment_building', '"building", "endedAt"'],
  ['StewardAssignment', 'steward_assignment_steward', '"steward"'],
]

export async function ensureIndexes(pool: Pool): Promise<void> {
  for (const [table, name, columns] of INDEXES) {
    await pool.query(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columns})`)
  }
  // One profile per login: the unique index makes a double registration fail instead of forking.
  await pool.query(`CREATE UNIQUE INDEX IF NOT EXISTS "resident_user_unique" ON "Resident" ("user") WHERE "user" IS NOT NULL`)
}
