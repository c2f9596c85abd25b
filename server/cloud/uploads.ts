/**
 * Uploaded files: uploadFile stores one (checked by purpose: type by its first bytes, size), and a
 * record attaches it with claimUploads. Unclaimed uploads are deleted after a day (a job), so an
 * abandoned form leaves nothing behind.
 */
import crypto from 'node:crypto'
import type { UploadPurpose, UploadRef } from '@contract/domain'
import { sniffType, tooLargeMessage, wrongTypeMessage } from '@/domain/uploads'
import { now } from './clock'
import { invalid } from './errors'
import type { Job } from './jobs'
import type { PersonalDataPart } from './privacy/personal-data'
import { runtime } from './runtime'
import { inTransaction, newObjectId, type Sql } from './sql'
import { clearPointer, insertRow } from './db/rows'

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
}
/** Unclaimed uploads older than this are deleted. */
const UNCLAIMED_TTL_MS = 24 * 3600_000
const STALE = '图片已失效，请重新上传后再提交。'

interface UploadRow {
  objectId: string
  url: string
  name: string
  contentType: string
  size: number
}

const refOf = (r: UploadRow): UploadRef => ({ id: r.objectId, url: r.url, name: r.name, contentType: r.contentType, size: Number(r.size) })

/** Decodes strict base64 (what FileReader and wx.readFile give); null when it is not. */
function decodeBase64(data: string): Buffer | null {
  const clean = data.replace(/\s+/g, '')
  if (!clean || clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return null
  return Buffer.from(clean, 'base64')
}

export async function uploadFile(
  user: { id?: string },
  params: { data: string; contentType: string; name?: string; purpose: UploadPurpose },
): Promise<UploadRef> {
  const { purpose, contentType } = params
  const wrongType = wrongTypeMessage(contentType, purpose)
  if (wrongType) invalid(wrongType)
  const bytes = decodeBase64(params.data)
  if (!bytes || !bytes.length) invalid('文件内容不完整，请重新选择。')
  const large = tooLargeMessage(bytes.length, purpose)
  if (large) invalid(large)
  // The declared type must be what the bytes are: a renamed page or script is refused.
  const actual = sniffType(bytes)
  if (actual !== contentType) invalid(wrongTypeMessage('', purpose) ?? '文件类型不正确。')

  // Parse's own naming: an unguessable prefix, then the name; its files router serves it.
  const name = `${crypto.randomBytes(16).toString('hex')}_${purpose}-${crypto.randomBytes(4).toString('hex')}.${EXTENSIONS[contentType]}`
  const { config, files } = runtime()
  await files.createFile(name, bytes)
  const url = `${config.publicServerUrl}/files/${config.appId}/${encodeURIComponent(name)}`
  const id = newObjectId()
  const at = now()
  await insertRow(undefined, 'Upload', { owner: user.id, purpose, name, url, contentType, size: bytes.length }, { id, at })
  return { id, url, name, contentType, size: bytes.length }
}

/**
 * The person's own uploads with these ids and this purpose, not attached elsewhere; marks them
 * attached to refId (again attaching to the same record is fine: an edit keeps its images). Throws
 * 142 when any id is unknown, someone else's, for another purpose or attached elsewhere, so a
 * record never points at a file it does not own. Pass the record's transaction as `sql`.
 */
export async function claimUploads(userId: string, ids: string[], purpose: UploadPurpose, refId: string, sql?: Sql): Promise<UploadRef[]> {
  const unique = [...new Set(ids)]
  if (!unique.length) return []
  // Nothing may stay half-claimed: a failed claim rolls back with its transaction.
  if (!sql) return inTransaction((tx) => claimUploads(userId, unique, purpose, refId, tx))
  const rows = await sql<UploadRow>(
    `UPDATE "Upload" SET "refId" = $4, "attachedAt" = COALESCE("attachedAt", $5), "updatedAt" = $5
     WHERE "objectId" = ANY($1) AND "owner" = $2 AND "purpose" = $3 AND ("refId" IS NULL OR "refId" = $4)
     RETURNING "objectId", "url", "name", "contentType", "size"`,
    [unique, userId, purpose, refId, now()],
  )
  if (rows.length !== unique.length) invalid(STALE)
  const byId = new Map(rows.map((r) => [r.objectId, refOf(r)]))
  return unique.map((id) => byId.get(id)!)
}

/** Lets go of a record's uploads that are no longer in `keep` (an edit removed an image); they are then cleaned up. */
export async function releaseUploads(refId: string, keep: string[], sql?: Sql): Promise<void> {
  const run: Sql = sql ?? (async (text, values) => (await runtime().pool.query(text, values)).rows)
  await run(`UPDATE "Upload" SET "refId" = NULL, "attachedAt" = NULL, "updatedAt" = $3 WHERE "refId" = $1 AND NOT ("objectId" = ANY($2))`, [refId, keep, now()])
}

async function deleteFiles(names: string[]): Promise<void> {
  for (const name of names) await runtime().files.deleteFile(name)
}

export const uploadsCleanupJob: Job = {
  name: 'uploads.cleanup',
  everyMs: 3600_000,
  async run(at) {
    const rows = await runtime().pool.query<{ name: string }>(
      `DELETE FROM "Upload" WHERE "refId" IS NULL AND "createdAt" < $1 RETURNING "name"`,
      [new Date(at.getTime() - UNCLAIMED_TTL_MS)],
    )
    await deleteFiles(rows.rows.map((r) => r.name))
    return rows.rowCount ?? 0
  },
}

export const uploadsPersonalData: PersonalDataPart = {
  key: 'uploads',
  async export(userId) {
    const rows = await runtime().pool.query<UploadRow & { purpose: string; createdAt: Date }>(
      `SELECT "objectId", "url", "name", "contentType", "size", "purpose", "createdAt" FROM "Upload" WHERE "owner" = $1 ORDER BY "createdAt"`,
      [userId],
    )
    return rows.rows.map((r) => ({ ...refOf(r), purpose: r.purpose, at: r.createdAt.toISOString() }))
  },
  async erase(userId, sql) {
    // Files not attached to anything go with the account; attached ones go with their records' own erasure.
    const gone = await sql<{ name: string }>(`DELETE FROM "Upload" WHERE "owner" = $1 AND "refId" IS NULL RETURNING "name"`, [userId])
    await clearPointer(sql, 'Upload', 'owner', userId, { at: false })
    void deleteFiles(gone.map((g) => g.name))
  },
}
