/** Privacy (PIPL): staff opening a profile (logged), the access log, export and erasure of one's data. */
import { defineFunction } from '../define'
import { deleteMyData } from '../privacy/erase'
import { exportMyData } from '../privacy/export'
import { profileAccessLog } from '../privacy/access-log'
import { viewResidentProfile } from '../privacy/profile'
import { noParams, perMinute, requiredId } from '../validators/common'

defineFunction(
  'viewResidentProfile',
  { requireUser: true, fields: { residentId: requiredId('请选择要查看的居民。') }, rateLimit: perMinute(60) },
  ({ user, params }) => viewResidentProfile(user!, params.residentId),
)

defineFunction('myProfileAccessLog', { requireUser: true, fields: noParams, rateLimit: perMinute(30) }, async ({ user }) => ({
  items: await profileAccessLog(user!),
}))

defineFunction('exportMyData', { requireUser: true, fields: noParams, rateLimit: perMinute(10) }, ({ user }) => exportMyData(user!))

defineFunction(
  'deleteMyData',
  {
    requireUser: true,
    fields: { confirm: { type: Boolean, required: true, options: (v: unknown) => v === true, error: '请确认要注销账号并删除您的全部个人信息。' } },
    rateLimit: perMinute(5),
  },
  async ({ user }) => {
    await deleteMyData(user!)
    return { deleted: true as const }
  },
)
