/**
 * Indexes Parse does not make by itself. Created with plain SQL because the lookups they
 * serve are by pointer columns (stored as the target's objectId text in PostgreSQL).
 */
import type { Pool } from 'pg'
import { FEATURES } from '../cloud/features'
import type { IndexSpec, UniqueIndexSpec } from './kit'

export type { IndexSpec, UniqueIndexSpec } from './kit'

const INDEXES: IndexSpec[] = [
  ['Resident', 'resident_phone', '"phone"'],
  ['Resident', 'resident_building', '"building"'],
  ['Building', 'building_compound', '"compound"'],
  ['Building', 'building_microgrid', '"microGrid"'],
  ['Compound', 'compound_community', '"community"'],
  ['MicroGrid', 'microgrid_grid', '"grid"'],
  ['StewardAssignment', 'steward_assignment_building', '"building", "endedAt"'],
  ['StewardAssignment', 'steward_assignment_steward', '"steward"'],
  ['Registration', 'registration_user', '"user", "createdAt"'],
  ['Registration', 'registration_community', '"community", "createdAt"'],
  ['Registration', 'registration_street', '"street", "createdAt"'],
  ['GuideItem', 'guide_item_community', '"community", "order"'],
  ['FamilyLink', 'family_link_family_at', '"family", "createdAt"'],
  ['FamilyLink', 'family_link_senior', '"senior"'],
  ['FamilyLink', 'family_link_phone_key', '"phoneKey"'],
  ['Act', 'act_subject', '"subject", "at"'],
  ['ProfileAccess', 'profile_access_resident', '"resident", "at"'],
  ['ProfileAccess', 'profile_access_subject', '"subject", "at"'],
  ['Resident', 'resident_community', '"community"'],
  ['Notice', 'notice_target', '"targetId", "publishedAt"'],
  ['Notice', 'notice_publisher', '"publisher", "publishedAt"'],
  ['NoticeRead', 'notice_read_household', '"notice", "building", "room"'],
  ['NoticeRead', 'notice_read_user', '"user"'],
]

// Rules that must hold under concurrency are unique indexes, not read-then-write checks.
const UNIQUE: UniqueIndexSpec[] = [
  // One profile per login: a double registration fails instead of forking.
  ['Resident', 'resident_user_unique', '"user"', '"user" IS NOT NULL'],
  // One pending registration per person, however many submissions race.
  ['Registration', 'registration_one_pending', '"user"', `"user" IS NOT NULL AND "status" = 'pending'`],
  ['GuideTick', 'guide_tick_unique', '"user", "item"', 'true'],
  // Marking read is idempotent and read counts exact, however many taps race.
  ['NoticeRead', 'notice_read_unique', '"notice", "user"', 'true'],
  // A person looks after a building once at a time: assigning twice at once cannot make two live rows.
  ['StewardAssignment', 'steward_assignment_live', '"steward", "building"', '"endedAt" IS NULL'],
  // One live link (asked or confirmed) per senior and family member.
  ['FamilyLink', 'family_link_live', '"senior", "family"', `"status" IN ('pending', 'confirmed')`],
  // One live request per family member and typed phone, whether or not anyone has that phone.
  ['FamilyLink', 'family_link_live_phone', '"family", "phoneKey"', `"phoneKey" IS NOT NULL AND "status" IN ('pending', 'confirmed')`],
]

export async function ensureIndexes(pool: Pool): Promise<void> {
  const schemas = FEATURES.map((f) => f.schema ?? { classes: [] })
  for (const [table, name, columns] of [...INDEXES, ...schemas.flatMap((s) => s.indexes ?? [])]) {
    await pool.query(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columns})`)
  }
  for (const [table, name, columns, where] of [...UNIQUE, ...schemas.flatMap((s) => s.unique ?? [])]) {
    await pool.query(`CREATE UNIQUE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columns}) WHERE ${where}`)
  }
}
