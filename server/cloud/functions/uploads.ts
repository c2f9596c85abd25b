/** uploadFile: images (and PDFs for welfare applications) for notices, help requests, applications, problems. */
import type { UploadPurpose } from '../../../types/domain'
import { UPLOAD_PURPOSES } from '../../../src/domain/uploads'
import { defineFunction } from '../define'
import { MAX_BASE64_LENGTH, uploadFile } from '../uploads'
import { perMinute } from '../validators/common'

defineFunction(
  'uploadFile',
  {
    requireUser: true,
    fields: {
      data: {
        type: String,
        required: true,
        options: (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_BASE64_LENGTH + 64,
        error: '文件过大或内容为空，请换一个文件。',
      },
      contentType: { type: String, required: true, error: '只能上传图片或 PDF 文件。' },
      name: { type: String, required: false, options: (v: unknown) => typeof v === 'string' && v.length <= 200, error: '文件名太长。' },
      purpose: {
        type: String,
        required: true,
        options: (v: unknown) => UPLOAD_PURPOSES.includes(v as UploadPurpose),
        error: '请说明文件的用途。',
      },
    },
    rateLimit: perMinute(30),
  },
  ({ user, params }) => uploadFile(user!, params),
)
