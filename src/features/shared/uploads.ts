import type { ApiPort, PickedFile } from '../../adapters/ports'
import type { UploadPurpose, UploadRef } from '../../../types/domain'

/** Size limits by purpose, the same on both sides (server/cloud/uploads.ts checks them again). */
export const UPLOAD_LIMITS: Record<UploadPurpose, number> = {
  notice: 2 * 1024 * 1024,
  stewardPhoto: 1024 * 1024,
  help: 2 * 1024 * 1024,
  welfare: 5 * 1024 * 1024,
  welfareProgress: 2 * 1024 * 1024,
  problem: 2 * 1024 * 1024,
}

export function tooLarge(file: PickedFile, purpose: UploadPurpose): string | null {
  const limit = UPLOAD_LIMITS[purpose]
  return file.size > limit ? `图片不能超过${Math.round(limit / 1024 / 1024)}MB，请换一张或压缩后再试。` : null
}

/** Uploads a picked file; attach the returned id to the record being saved. */
export async function uploadPicked(api: ApiPort, file: PickedFile, purpose: UploadPurpose): Promise<UploadRef> {
  return api.call('uploadFile', { data: await file.base64(), contentType: file.contentType, name: file.name, purpose })
}
