import type { ApiPort, PickedFile } from '@/adapters/ports'
import type { UploadPurpose, UploadRef } from '@contract/domain'
import { tooLargeMessage, wrongTypeMessage } from '@/domain/uploads'

export { UPLOAD_LIMITS } from '@/domain/uploads'

/** Why this picked file cannot be uploaded for the purpose (too large, wrong type), or null. */
export function tooLarge(file: PickedFile, purpose: UploadPurpose): string | null {
  return tooLargeMessage(file.size, purpose) ?? wrongTypeMessage(file.contentType, purpose)
}

/** Uploads a picked file; attach the returned id to the record being saved. */
export async function uploadPicked(api: ApiPort, file: PickedFile, purpose: UploadPurpose): Promise<UploadRef> {
  return api.call('uploadFile', { data: await file.base64(), contentType: file.contentType, name: file.name, purpose })
}
