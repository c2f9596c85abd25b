/** Registration: places to choose from, submitting, the staff queue, opening one (logged), review, staff entering in person. */
import { defineFunction, perMinute } from '../define'
import { asSubject } from '../family/acting'
import { Parse } from '../parse'
import { listRegistrations } from '../registration/list'
import { registerOnBehalf } from '../registration/on-behalf'
import { openRegistration } from '../registration/open'
import { placeOptions } from '../registration/places'
import { reviewRegistration } from '../registration/review'
import { submitRegistration } from '../registration/submit'
import { REGISTRATION_INCLUDES, registrationViews } from '../registration/views'

defineFunction(
  'placeOptions',
  {
    // Public (people choose their home before they have one), so limited per address; generous,
    // as the form searches while people type and a carrier's NAT puts many phones on one address.
    rateLimit: perMinute(120),
  },
  ({ params }) => placeOptions(params),
)

defineFunction(
  'submitResidentRegistration',
  { requireUser: true, rateLimit: perMinute(10) },
  async ({ user, params }) => {
    const { forUserId, ...input } = params
    const registrationId = await asSubject(user, forUserId, '代为提交住户登记', ({ subject, forSenior: family }) =>
      submitRegistration(input, { subject, actor: user, submittedBy: family ? 'family' : 'self' }),
    )
    return { registrationId, status: 'pending' as const }
  },
)

defineFunction('myRegistration', { requireUser: true, rateLimit: perMinute(60) }, async ({ user, params }) =>
  asSubject(user, params.forUserId, '代为查看登记进度', async ({ subject }) => {
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
  { requireUser: true, requireAnyUserRoles: ['communityStaff', 'streetStaff'], rateLimit: perMinute(120) },
  ({ user, params }) => listRegistrations(user, params),
)

defineFunction(
  'openRegistration',
  { requireUser: true, requireAnyUserRoles: ['communityStaff', 'streetStaff'], rateLimit: perMinute(60) },
  ({ user, params }) => openRegistration(user, params.registrationId),
)

defineFunction(
  'reviewResidentRegistration',
  { requireUser: true, requireAnyUserRoles: ['communityStaff', 'streetStaff'], rateLimit: perMinute(120) },
  async ({ user, params }) => ({ status: await reviewRegistration(user, params) }),
)

defineFunction(
  'registerOnBehalf',
  { requireUser: true, requireAnyUserRoles: ['communityStaff'], rateLimit: perMinute(30) },
  ({ user, params }) => registerOnBehalf(user, params),
)
