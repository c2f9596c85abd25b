/** Files to upload in integration tests: a real 1×1 PNG, a tiny PDF, and a helper that uploads one. */
import type { UploadPurpose, UploadRef } from '@contract/domain'
import type { TestClient } from './client'
import type { TestDb } from './db'

/** A 1×1 PNG. */
export const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
/** A minimal PDF (accepted for welfare applications only). */
export const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64')

/** Uploads a PNG (or the PDF) for a purpose as the person with this token. */
export async function upload(api: TestClient, token: string, purpose: UploadPurpose, kind: 'png' | 'pdf' = 'png'): Promise<UploadRef> {
  const file = kind === 'png' ? { data: PNG, contentType: 'image/png', name: 'photo.png' } : { data: PDF, contentType: 'application/pdf', name: 'plan.pdf' }
  return api.ok('uploadFile', { ...file, purpose }, token)
}

/**
 * A file link without its signature (exp, sig): links are signed anew in every answer, so two
 * answers name the same file with links that may differ in their expiry.
 */
export function fileOf(url: string | null | undefined): string | null {
  return url ? url.split('?')[0] : null
}

/** Files of a list as id and unsigned link, to compare lists from different answers. */
export function filesOf(refs: ReadonlyArray<{ id: string; url: string }>): Array<{ id: string; url: string | null }> {
  return refs.map((r) => ({ id: r.id, url: fileOf(r.url) }))
}

/** What each upload is attached to (null: free), to prove a refused call claimed nothing. */
export async function attachedTo(db: TestDb, ids: string[]): Promise<Array<string | null>> {
  const rows = await db.rows<{ objectId: string; refId: string | null }>('SELECT "objectId", "refId" FROM "Upload" WHERE "objectId" = ANY($1)', [ids])
  return ids.map((id) => rows.find((r) => r.objectId === id)?.refId ?? null)
}
