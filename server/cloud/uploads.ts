/**
 * Uploaded files (uploadFile) and attaching them to records. Contract for every feature;
 * implemented with the notice images (issue #4).
 */
import type { UploadPurpose, UploadRef } from '../../types/domain'

/**
 * The person's own uploads with these ids and this purpose, not yet attached elsewhere; marks them
 * attached to `refId`. Throws a Parse error (Chinese message) when any id is unknown, someone else's,
 * for another purpose or already attached, so a record never points at a file it does not own.
 */
export async function claimUploads(userId: string, ids: string[], purpose: UploadPurpose, refId: string): Promise<UploadRef[]> {
  void userId
  void purpose
  void refId
  if (ids.length) throw new Error('uploads are not implemented yet')
  return []
}
