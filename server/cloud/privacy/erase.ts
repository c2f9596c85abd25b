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
import { idOf, pointer } from '../ids'
import { inTransaction } from '../sql'
import { now } from '../clock'
import { clearPointer, expr, updateRow, updateRows } from '../db/rows'
import { leaveRoles } from '../directory'
import { Parse } from '../parse'

const MASTER = { useMasterKey: true } as const

export const ERASED_NAME = '已注销居民'
const CLOSED_REASON = '居民已注销账号。'
// Row readers kept on erased rows: staff roles only, never the person or a steward.
const STAFF_READERS = `ARRAY(SELECT p FROM unnest("_rperm") AS p WHERE p LIKE 'role:communityStaff\\_%' OR p LIKE 'role:streetStaff\\_%')`
const PERSONAL = (at: string) => `"phone" = NULL, "room" = NULL, "birthYear" = NULL, "moveInDate" = NULL, "origin" = NULL, "workplace" = NULL,
  "household" = NULL, "building" = NULL, "compound" = NULL, "user" = NULL, "_rperm" = ${STAFF_READERS}, "_wperm" = '{}', "updatedAt" = ${at}`

export async function deleteMyData(user: Parse.User): Promise<void> {
  const userId = idOf(user)
  const at = now()
  await inTransaction(async (sql) => {
    await sql(`UPDATE "Resident" SET "name" = $2, "isNewResident" = false, "verified" = false, ${PERSONAL('$3')} WHERE "user" = $1`, [userId, ERASED_NAME, at])
    await sql(
      `UPDATE "Registration" SET "name" = $2,
         "reason" = CASE WHEN "status" = 'pending' THEN $3 ELSE NULL END,
         "reviewedAt" = CASE WHEN "status" = 'pending' THEN $4::timestamptz ELSE "reviewedAt" END,
         "status" = CASE WHEN "status" = 'pending' THEN 'rejected' ELSE "status" END,
         ${PERSONAL('$4')}
       WHERE "user" = $1`,
      [userId, ERASED_NAME, CLOSED_REASON, at],
    )
    await sql('DELETE FROM "GuideTick" WHERE "user" = $1', [userId])
    await sql('DELETE FROM "NoticeRead" WHERE "user" = $1', [userId])
    await eraseFamilyLinks(userId, sql)
    await updateRows(sql, 'StewardAssignment', '"steward" = $1 AND "endedAt" IS NULL', { endedAt: at }, { at, whereValues: [userId] })
    await clearPointer(sql, 'MicroGrid', 'leader', userId, { at })
    await updateRows(
      sql,
      'MicroGrid',
      `"deputies" @> jsonb_build_array(jsonb_build_object('objectId', $1::text))`,
      { deputies: expr(`COALESCE((SELECT jsonb_agg(d) FROM jsonb_array_elements("deputies") AS d WHERE d->>'objectId' <> $1), '[]'::jsonb)`, [userId]) },
      { at, whereValues: [userId] },
    )
    await eraseParts(userId, sql)
    // The login becomes a shell: the seed's usernames carry the phone, WeChat's authData the openid.
    // The one write to _User in SQL: Parse refuses to remove authData (unlinking leaves
    // {"wxmini": null}), and the shell must be written with the rest or not at all.
    await updateRow(sql, '_User', userId, { username: `deleted_${userId}`, authData: null, email: null }, { at })
  })
  // Roles and sessions through Parse, which forgets its cached roles and sessions on the way:
  // the token fails with 209 at once.
  await leaveRoles(userId)
  const sessions = await new Parse.Query(Parse.Session).equalTo('user', pointer('_User', userId)).limit(1000).find(MASTER)
  await Parse.Object.destroyAll(sessions, MASTER)
}
