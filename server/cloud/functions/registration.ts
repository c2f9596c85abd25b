/** Registration: places to choose from, submitting, the staff queue, opening one (logged), review, staff entering in person. */
import type { RegistrationStatus } from '../../../types/domain'
import { defineFunction } from '../define'
import { asSubject } from '../family/acting'
import { Parse } from '../parse'
import { PAGE_MAX, listRegistrations } from '../registration/list'
import { registerOnBehalf } from '../registration/on-behalf'
import { openRegistration } from '../registration/open'
import { placeOptions } from '../registration/places'
import { reviewRegistration } from '../registration/review'
import { submitRegistration } from '../registration/submit'
import { REGISTRATION_INCLUDES, registrationViews } from '../registration/views'
import { forSenior, isCleanText, optionalId, perMinute, requiredId } from '../validators/common'
import { REASON_TYPE_MESSAGE, registrationFields } from '../validators/registration'

const STATUSES: readonly RegistrationStatus[] = ['pending', 'approved', 'rejected']
const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))

defineFunction(
  'placeOptions',
  {
    fields: {
      communityId: optionalId('请选择正确的社区。'),
      compoundId: optionalId('请选择正确的小区。'),
      q: { type: String, options: (v: unknown) => v === '' || isCleanText(v, 20), error: '小区名称最多20个字，请重新输入。' },
    },
    // Public (people choose their home before they have one), so limited per address; generous,
    // as the form searches while people type and a carrier's NAT puts many phones on one address.
    rateLimit: perMinute(120),
  },
  ({ params }) => placeOptions(params),
)

defineFunction(
  'submitResidentRegistration',
  { requireUser: true, fields: { ...registrationFields, ...forSenior }, rateLimit: perMinute(10) },
  async ({ user, params }) => {
    const { forUserId, ...input } = params
    const registrationId = await asSubject(user!, forUserId, '代为提交住户登记', ({ subject, forSenior: family }) =>
      submitRegistration(input, { subject, actor: user!, submittedBy: family ? 'family' : 'self' }),
    )
    return { registrationId, status: 'pending' as const }
  },
)

defineFunction('myRegistration', { requireUser: true, fields: forSenior, rateLimit: perMinute(60) }, async ({ user, params }) =>
  asSubject(user!, params.forUserId, '代为查看登记进度', async ({ subject }) => {
    const latest = await new Parse.Query('Registration')
      .equalTo('user', subject)
      .descending('createdAt')
      .include(REGISTRATION_INCLUDES)
      .first({ useMasterKey: true })
    return { registration: latest ? (await registrationViews([latest]))[0] : null }
  }),
)

defineFunction(
  'listRegistrations',
  {
    requireUser: true,
    requireAnyUserRoles: ['communityStaff', 'streetStaff'],
    fields: {
      status: { type: String, options: (v: unknown) => STATUSES.some((s) => s === v), error: '请选择审核状态：待审核、已通过或已驳回。' },
      compoundId: optionalId('请选择正确的小区。'),
      from: { type: String, options: isDay, error: '开始日期格式应为“2026-07-01”。' },
      to: { type: String, options: isDay, error: '结束日期格式应为“2026-07-01”。' },
      cursor: { type: String, options: (v: unknown) => typeof v === 'string' && v.length <= 200, error: '翻页位置无效，请刷新列表。' },
      limit: {
        type: Number,
        options: (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= PAGE_MAX,
        error: `每页条数应为1到${PAGE_MAX}。`,
      },
    },
    rateLimit: perMinute(120),
  },
  ({ user, params }) => listRegistrations(user!, params),
)

defineFunction(
  'openRegistration',
  {
    requireUser: true,
    requireAnyUserRoles: ['communityStaff', 'streetStaff'],
    fields: { registrationId: requiredId('请选择要查看的登记。') },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => openRegistration(user!, params.registrationId),
)

defineFunction(
  'reviewResidentRegistration',
  {
    requireUser: true,
    requireAnyUserRoles: ['communityStaff', 'streetStaff'],
    fields: {
      registrationId: requiredId('请选择要审核的登记。'),
      approve: { type: Boolean, required: true, error: '请选择通过或驳回。' },
      reason: { type: String, error: REASON_TYPE_MESSAGE },
    },
    rateLimit: perMinute(120),
  },
  async ({ user, params }) => ({ status: await reviewRegistration(user!, params) }),
)

defineFunction(
  'registerOnBehalf',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], fields: registrationFields, rateLimit: perMinute(30) },
  ({ user, params }) => registerOnBehalf(user!, params),
)
