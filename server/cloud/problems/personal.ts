/**
 * A resident's problems in 我的数据 (export) and on 注销账号 (erase). Erasing keeps the street's work
 * record (category, place, dates, status: the reply and solve rates stay true) but removes the
 * person and everything they wrote: reporter, description, place note, photos, rating comment and
 * the text of their timeline steps.
 */
import type { PersonalDataPart } from '../privacy/personal-data'
import { runtime } from '../runtime'

export const ERASED_DESCRIPTION = '（居民已注销，内容已删除）'

export const problemsPersonalData: PersonalDataPart = {
    key: 'problems',
    async export(userId) {
      const { rows } = await runtime().pool.query(
        `SELECT p."objectId" AS id, p."category", p."description", p."location", p."status", p."source", p."showNameToHandler", p."reportedAt",
           p."firstReplyAt", p."solvedAt", p."confirmedAt", p."rating", p."comment", p."photos",
           COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', e."kind", 'at', e."at", 'text', e."text") ORDER BY e."at")
             FROM "ProblemEvent" e WHERE e."problem" = p."objectId" AND e."actor" = $1), '[]'::jsonb) AS "myEntries"
         FROM "Problem" p WHERE p."reporter" = $1 ORDER BY p."reportedAt"`,
        [userId],
      )
      return rows
    },
    async erase(userId, sql) {
      await sql(
        `UPDATE "ProblemEvent" SET "text" = NULL, "photos" = '[]'::jsonb, "actor" = NULL
         WHERE "actor" = $1 AND "problem" IN (SELECT "objectId" FROM "Problem" WHERE "reporter" = $1)`,
        [userId],
      )
      await sql(
        `UPDATE "Problem" SET "reporter" = NULL, "description" = $2, "location" = NULL, "photos" = '[]'::jsonb, "comment" = NULL,
           "showNameToHandler" = false WHERE "reporter" = $1`,
        [userId, ERASED_DESCRIPTION],
      )
    },
}
