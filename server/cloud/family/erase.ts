/**
 * A person's family links on erasure (PIPL). Rows stay as the other side's record that someone
 * asked or acted, with the erased person removed: their pointer goes, live requests and links end.
 * Where they were the senior, the phone key goes too (it was their number); where they asked, the
 * key stays so the senior still sees that a request came to their phone.
 */
import type { Sql } from '../sql'
import { now } from '../clock'
import { updateRows } from '../db/rows'

const CLOSE = (closed: string) => `"status" = CASE "status" WHEN 'pending' THEN '${closed}' WHEN 'confirmed' THEN 'ended' ELSE "status" END,
  "endedAt" = CASE WHEN "status" IN ('pending', 'confirmed') THEN $2::timestamptz ELSE "endedAt" END,
  "endedBy" = CASE WHEN "status" IN ('pending', 'confirmed') OR "endedBy" = $1 THEN NULL ELSE "endedBy" END,
  "updatedAt" = $2`

export async function eraseFamilyLinks(userId: string, sql: Sql): Promise<void> {
  const at = now()
  await sql(`UPDATE "FamilyLink" SET "family" = NULL, ${CLOSE('withdrawn')} WHERE "family" = $1`, [userId, at])
  await sql(`UPDATE "FamilyLink" SET "senior" = NULL, "phoneKey" = NULL, ${CLOSE('ended')} WHERE "senior" = $1`, [userId, at])
  await updateRows(sql, 'FamilyLink', '"endedBy" = $1', { endedBy: null }, { at, whereValues: [userId] })
}
