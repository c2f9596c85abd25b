/**
 * FamilyLink rows as SQL reads them, and who counts as the senior of a request. A request is
 * addressed to a phone; the server keeps a keyed hash of it (PIPL minimum: a number someone typed
 * may belong to nobody, or to someone who never agreed to anything), so it can still reach whoever
 * verifies that phone later, while nobody, staff with database access included, can read it back.
 */
import crypto from 'node:crypto'
import { normalizePhone } from '@/domain/phone'
import { runtime } from '../runtime'

export interface LinkRow {
  objectId: string
  senior: string | null
  family: string | null
  status: string
  phoneKey: string | null
  phoneMasked: string | null
  answeredAt: Date | null
  endedAt: Date | null
  endedBy: string | null
  createdAt: Date
}

const COLUMNS = '"objectId", "senior", "family", "status", "phoneKey", "phoneMasked", "answeredAt", "endedAt", "endedBy", "createdAt"'

let derivedKey: Buffer | undefined

/** A keyed hash of a phone: equal phones match, and an 11-digit number cannot be guessed back without the key. */
export function phoneKey(phone: string): string {
  // Derived from the master key (kept with the data): a leaked table alone gives no phones.
  derivedKey ??= crypto.createHmac('sha256', runtime().config.masterKey).update('tongxin/family-link-phone/v1').digest()
  return crypto.createHmac('sha256', derivedKey).update(normalizePhone(phone)).digest('hex')
}

/** The login of a verified resident with this phone, if any: a senior must have been checked by staff. */
export async function verifiedHolderOf(phone: string): Promise<string | null> {
  const { rows } = await runtime().pool.query<{ user: string }>(
    'SELECT "user" FROM "Resident" WHERE "phone" = $1 AND "verified" = true AND "user" IS NOT NULL ORDER BY "createdAt" LIMIT 1',
    [phone],
  )
  return rows[0]?.user ?? null
}

/** The key of the phone of this user's verified profile; requests addressed to it are theirs to answer. */
export async function verifiedPhoneKeyOf(userId: string): Promise<string | null> {
  const { rows } = await runtime().pool.query<{ phone: string | null }>('SELECT "phone" FROM "Resident" WHERE "user" = $1 AND "verified" = true LIMIT 1', [userId])
  const phone = rows[0]?.phone
  return phone ? phoneKey(phone) : null
}

export async function linkRow(linkId: string): Promise<LinkRow | null> {
  const { rows } = await runtime().pool.query<LinkRow>(`SELECT ${COLUMNS} FROM "FamilyLink" WHERE "objectId" = $1`, [linkId])
  return rows[0] ?? null
}

/** Links I asked for, newest first. */
export async function linksAskedBy(userId: string): Promise<LinkRow[]> {
  const { rows } = await runtime().pool.query<LinkRow>(`SELECT ${COLUMNS} FROM "FamilyLink" WHERE "family" = $1 ORDER BY "createdAt" DESC LIMIT 100`, [userId])
  return rows
}

/** Links addressed to me: bound to my login, or still unbound and sent to my verified phone. */
export async function linksAskingMe(userId: string, key: string | null): Promise<LinkRow[]> {
  const { rows } = await runtime().pool.query<LinkRow>(
    `SELECT ${COLUMNS} FROM "FamilyLink"
     WHERE ("senior" = $1 OR ("senior" IS NULL AND $2::text IS NOT NULL AND "phoneKey" = $2)) AND "family" IS DISTINCT FROM $1
     ORDER BY "createdAt" DESC LIMIT 100`,
    [userId, key],
  )
  return rows
}

/** True when this user is the senior a link is addressed to (bound to them, or sent to their verified phone). */
export async function isSeniorOf(link: LinkRow, userId: string): Promise<boolean> {
  if (link.family === userId) return false
  if (link.senior) return link.senior === userId
  return !!link.phoneKey && link.phoneKey === (await verifiedPhoneKeyOf(userId))
}
