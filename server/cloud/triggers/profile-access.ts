/**
 * The access log's role is an app role, whoever writes the row (cloud code, or an administrator
 * in Parse Dashboard with the master key): clients are typed to receive a RoleName.
 */
import { isRoleName } from '@/domain/roles'
import { invalid } from '../errors'
import { Parse } from '../parse'

Parse.Cloud.beforeSave('ProfileAccess', (request) => {
  const role: unknown = request.object.get('viewerRole')
  if (!isRoleName(role)) invalid(`查看记录的角色不对：${String(role)}。`)
})
