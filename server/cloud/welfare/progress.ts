/** Progress updates and the final report of a funded project, by its applicant. */
import { validateProgressText, WELFARE_LIMITS } from '@/domain/welfare'
import { now } from '../clock'
import { invalid } from '../errors'
import { inTransaction, newObjectId } from '../sql'
import { claimUploads } from '../uploads'
import { addEvent, ownApplication } from './access'
import { insertRow } from '../db/rows'

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
    const text = params.text.replace(/\r\n/g, '\n').trim()
    const inserted = await insertRow(sql, 'WelfareProgress', { application: r.objectId, author: user.id, kind, text, photos, at }, { id, at, onConflict: 'nothing' })
    if (!inserted) invalid('结项报告已经提交过了。')
    await addEvent(sql, { application: r.objectId, kind, actor: user.id ?? null, actorRole: 'applicant', at })
  })
  return { postId: id }
}
