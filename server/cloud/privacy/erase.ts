/**
 * Deleting one's data (PIPL: the right to erasure). One transaction: everything personal goes,
 * records other people depend on stay with the person removed:
 * - Resident: named 已注销居民, every personal field cleared, building and room too (the minimum:
 *   a building and a date can single someone out); community and street stay, so the community
 *   still counts the account it served. Only staff can read the row; it points at no login.
 * - Registrations: personal fields cleared, detached from the person; status and dates stay as the
 *   staff's work record; one still pending is closed, so it leaves the queue.
 * - Guide ticks are deleted; family links stay as the other side's record, without this person
 *   (family/erase.ts); sessions are deleted (the token fails with 209);
 *   the login is a shell with no username or WeChat identity, so a new WeChat login starts fresh;
 *   role memberships go, steward assignments end, micro-grid leadership is vacated.
 * - Acts and profile-access logs stay: they are others' records. Names in them are looked up
 *   when shown, so this person now reads as 已注销用户.
 */
import { eraseFamilyLinks } from '../family/erase'
import { eraseParts } from './personal-data'
import { idOf } from '../ids'
import { forgetCached } from '../parse-cache'
import { inTransaction } from '../sql'

export const ERASED_NAME = '已注销居民'
const CLOSED_REASON = '居民已注销账号。'
// Row readers kept on erased rows: staff roles only, never the person or a steward.
const STAFF_READERS = `ARRAY(SELECT p FROM unnest("_rperm") AS p WHERE p LIKE 'role:communityStaff\\_%' OR p LIKE 'role:streetStaff\\_%')`
const PERSONAL = `"phone" = NULL, "room" = NULL, "birthYear" = NULL, "moveInDate" = NULL, "origin" = NULL, "workplace" = NULL,
  "household" = NULL, "building" = NULL, "compound" = NULL, "user" = NULL, "_rperm" = ${STAFF_READERS}, "_wperm" = '{}', "updatedAt" = now()`

export async function deleteMyData(user: Parse.User): Promise<void> {
  const userId = idOf(user)
  const sessionTokens = await inTransaction(async (sql) => {
    await sql(`UPDATE "Resident" SET "name" = $2, "isNewResident" = false, "verified" = false, ${PERSONAL} WHERE "user" = $1`, [userId, ERASED_NAME])
    await sql(
      `UPDATE "Registration" SET "name" = $2,
         "reason" = CASE WHEN "status" = 'pending' THEN $3 ELSE NULL END,
         "reviewedAt" = CASE WHEN "status" = 'pending' THEN now() ELSE "reviewedAt" END,
         "status" = CASE WHEN "status" = 'pending' THEN 'rejected' ELSE "status" END,
         ${PERSONAL}
       WHERE "user" = $1`,
      [userId, ERASED_NAME, CLOSED_REASON],
    )
    await sql('DELETE FROM "GuideTick" WHERE "user" = $1', [userId])
    await sql('DELETE FROM "NoticeRead" WHERE "user" = $1', [userId])
    await eraseFamilyLinks(userId, sql)
    await sql('UPDATE "StewardAssignment" SET "endedAt" = now(), "updatedAt" = now() WHERE "steward" = $1 AND "endedAt" IS NULL', [userId])
    await sql('UPDATE "MicroGrid" SET "leader" = NULL, "updatedAt" = now() WHERE "leader" = $1', [userId])
    await sql(
      `UPDATE "MicroGrid" SET "updatedAt" = now(),
         "deputies" = COALESCE((SELECT jsonb_agg(d) FROM jsonb_array_elements("deputies") AS d WHERE d->>'objectId' <> $1), '[]'::jsonb)
       WHERE "deputies" @> jsonb_build_array(jsonb_build_object('objectId', $1::text))`,
      [userId],
    )
    await eraseParts(userId, sql)
    await sql('DELETE FROM "_Join:users:_Role" WHERE "relatedId" = $1', [userId])
    // The seed's usernames carry the phone; WeChat's authData carries the openid. Both go.
    await sql('UPDATE "_User" SET "username" = $2, "authData" = NULL, "email" = NULL, "updatedAt" = now() WHERE "objectId" = $1', [
      userId,
      `deleted_${userId}`,
    ])
    const sessions = await sql<{ sessionToken: string }>('DELETE FROM "_Session" WHERE "user" = $1 RETURNING "sessionToken"', [userId])
    return sessions.map((s) => s.sessionToken)
  })
  // Parse caches sessions and roles for a few seconds; erased ones must stop working now.
  await forgetCached({ sessionTokens, roleUserIds: [userId] })
}
