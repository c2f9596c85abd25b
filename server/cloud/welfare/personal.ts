/**
 * The welfare part of a person's data (PIPL): exported with 我的数据, erased with 注销账号.
 * Erasing deletes drafts, withdraws what is still under review, and unlinks the person from funded
 * projects: those are a public record of public money and stay, shown as 已注销用户 (or under the
 * team's or organisation's name, which is not personal).
 */
import type { PersonalDataPart } from '../privacy/personal-data'
import { runtime } from '../runtime'
import { progressOf, timelineOf } from './applications'
import { fieldsOf, type ApplicationRow } from './rows'
import { clearPointer } from '../db/rows'

export const welfarePersonalData: PersonalDataPart = {
  key: 'welfareApplications',
  async export(userId) {
    const { rows } = await runtime().pool.query<ApplicationRow>('SELECT * FROM "WelfareApplication" WHERE "applicant" = $1 ORDER BY "createdAt"', [userId])
    return Promise.all(
      rows.map(async (r) => ({
        id: r.objectId,
        programmeId: r.programme,
        status: r.status,
        ...fieldsOf(r),
        attachments: r.attachments ?? [],
        approvedFen: r.approvedFen,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        timeline: await timelineOf(r.objectId),
        progress: await progressOf(r.objectId),
      })),
    )
  },
  async erase(userId, sql) {
    await sql(`DELETE FROM "WelfareEvent" WHERE "application" IN (SELECT "objectId" FROM "WelfareApplication" WHERE "applicant" = $1 AND "status" = 'draft')`, [userId])
    await sql(`DELETE FROM "WelfareApplication" WHERE "applicant" = $1 AND "status" = 'draft'`, [userId])
    await sql(`UPDATE "WelfareApplication" SET "status" = 'withdrawn' WHERE "applicant" = $1 AND "status" IN ('submitted', 'revise', 'passed')`, [userId])
    await sql(`UPDATE "WelfareApplication" SET "applicant" = NULL, "showFullName" = false WHERE "applicant" = $1`, [userId])
    await clearPointer(sql, 'WelfareProgress', 'author', userId, { at: false })
    await clearPointer(sql, 'WelfareEvent', 'actor', userId, { at: false })
  },
}
