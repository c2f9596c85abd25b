/** uploadFile: images (and PDFs for welfare applications) for notices, help requests, applications, problems. */
import { defineFunction, perMinute } from '../define'
import { uploadFile } from '../uploads'

defineFunction('uploadFile', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => uploadFile(user, params))
