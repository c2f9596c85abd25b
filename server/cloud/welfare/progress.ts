/** Progress updates and the final report of a funded project, by its applicant. */
import { validateProgressText, WELFARE_LIMITS } from '../../../src/domain/welfare'
import { now } from '../clock'
import { invalid } from '../errors'
import { inTransaction, newObjectId } from '../sql'
import { claimUploads } from '../uploads'
import { addEvent, ownApplication } from './access'

export async function postProgress(user: Parse.User, params: { applicationId: string; text: string; photoIds?: string[]; final?: boolean }): Promise<{ postId: string }> {
  const bad = validateProgressText(params.text)
  if (bad) invalid(bad)
  if ((params.photoIds?.length ?? 0) > WELFARE_LIMITS.photosMax) invalid(`照片最多${WELFARE_LIMITS.photosMax}张。`)
  const r = await ownApplication(user, params.applicationId)
  if (r.status !== 'approved') invalid(r.status === 'completed' ? '项目已结项，不能再发布进展。' : '项目立项后才能发布进展。')
  const id = newObjectId()
  const kind = params.final ? 'report' : 'progress'
  const at = now()
  await inTransaction(async (sql) => {
    // Claimed in the post's transaction: a refused post (a second final report) leaves the photos free.
    const photos = params.photoIds?.length ? await claimUploads(user.id ?? '', params.photoIds, 'welfareProgress', id, sql) : []
    const inserted = await sql(
      `INSERT INTO "WelfareProgress" ("objectId", "application", "author", "kind", "text", "photos", "at", "createdAt", "updatedAt", "_rperm", "_wperm")
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $7, $7, '{}', '{}') ON CONFLICT DO NOTHING RETURNING 1`,
      [id, r.objectId, user.id, kind, params.text.replace(/\r\n/g, '\n').trim(), JSON.stringify(photos), at],
    )
    if (!inserted.length) invalid('结项报告已经提交过了。')
    await addEvent(sql, { application: r.objectId, kind, actor: user.id ?? null, actorRole: 'applicant', at })
  })
  return { postId: id }
}
