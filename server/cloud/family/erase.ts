/**
 * A person's family links on erasure (PIPL). Rows stay as the other side's record that someone
 * asked or acted, with the erased person removed: their pointer goes, live requests and links end.
 * Where they were the senior, the phone key goes too (it was their number); where they asked, the
 * key stays so the senior still sees that a request came to their phone.
 */
import type { Sql } from '../sql'

const CLOSE = (closed: string) => `"status" = CASE "status" WHEN 'pending' THEN '${closed}' WHEN 'confirmed' THEN 'ended' ELSE "status" END,
  "endedAt" = CASE WHEN "status" IN ('pending', 'confirmed') THEN now() ELSE "endedAt" END,
  "endedBy" = CASE WHEN "status" IN ('pending', 'confirmed') OR "endedBy" = $1 THEN NULL ELSE "endedBy" END,
  "updatedAt" = now()`

export async function eraseFamilyLinks(userId: string, sql: Sql): Promise<void> {
  await sql(`UPDATE "FamilyLink" SET "family" = NULL, ${CLOSE('withdrawn')} WHERE "family" = $1`, [userId])
  await sql(`UPDATE "FamilyLink" SET "senior" = NULL, "phoneKey" = NULL, ${CLOSE('ended')} WHERE "senior" = $1`, [userId])
  await sql('UPDATE "FamilyLink" SET "endedBy" = NULL, "updatedAt" = now() WHERE "endedBy" = $1', [userId])
}
