/** Privacy (PIPL): staff opening a profile (logged), the access log, export and erasure of one's data. */
import { defineFunction, perMinute } from '../define'
import { deleteMyData } from '../privacy/erase'
import { exportMyData } from '../privacy/export'
import { profileAccessLog } from '../privacy/access-log'
import { viewResidentProfile } from '../privacy/profile'

defineFunction('viewResidentProfile', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => viewResidentProfile(user, params.residentId))

defineFunction('myProfileAccessLog', { requireUser: true, rateLimit: perMinute(30) }, async ({ user }) => ({
  items: await profileAccessLog(user),
}))

defineFunction('exportMyData', { requireUser: true, rateLimit: perMinute(10) }, ({ user }) => exportMyData(user))

defineFunction('deleteMyData', { requireUser: true, rateLimit: perMinute(5) }, async ({ user }) => {
  await deleteMyData(user)
  return { deleted: true as const }
})
