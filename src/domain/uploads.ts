/** Upload rules shared by the app (before uploading) and the server (server/cloud/uploads.ts). */
import type { UploadPurpose } from '@contract/domain'

/** The most bytes an upload may have, by purpose. */
export const UPLOAD_LIMITS: Record<UploadPurpose, number> = {
  notice: 2 * 1024 * 1024,
  stewardPhoto: 1024 * 1024,
  help: 2 * 1024 * 1024,
  welfare: 5 * 1024 * 1024,
  welfareProgress: 2 * 1024 * 1024,
  problem: 2 * 1024 * 1024,
}

export const UPLOAD_PURPOSES = Object.keys(UPLOAD_LIMITS) as UploadPurpose[]

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const
export const PDF_TYPE = 'application/pdf'

/** What may be uploaded for a purpose: images always; PDF for welfare applications only. */
export function allowedTypes(purpose: UploadPurpose): readonly string[] {
  return purpose === 'welfare' ? [...IMAGE_TYPES, PDF_TYPE] : IMAGE_TYPES
}

export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`
}

/** The sentence for a file that is too large for its purpose, or null when it fits. */
export function tooLargeMessage(bytes: number, purpose: UploadPurpose): string | null {
  const limit = UPLOAD_LIMITS[purpose]
  if (bytes <= limit) return null
  // Only welfare applications take PDFs; everything else is a picture.
  return purpose === 'welfare' ? `文件不能超过${sizeLabel(limit)}，请换一个或压缩后再试。` : `图片不能超过${sizeLabel(limit)}，请换一张或压缩后再试。`
}

/** The sentence for a type not accepted for the purpose, or null when accepted. */
export function wrongTypeMessage(contentType: string, purpose: UploadPurpose): string | null {
  if (allowedTypes(purpose).includes(contentType)) return null
  return purpose === 'welfare' ? '只能上传图片（JPG、PNG、WebP、GIF）或 PDF 文件。' : '只能上传图片（JPG、PNG、WebP、GIF）。'
}

/** The type the content really is, by its first bytes (magic numbers), or null when none of ours. */
export function sniffType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return PDF_TYPE
  return null
}
