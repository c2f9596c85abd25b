/** Family members acting for seniors: asking, confirming, ending a link, and what was done. */
import { isMobilePhone, normalizePhone } from '../../../src/domain/phone'
import { defineFunction } from '../define'
import { actsFor, answerFamilyLink, myFamilyLinks, removeFamilyLink, requestFamilyLink } from '../family/links'
import { noParams, perMinute, requiredId, requiredString } from '../validators/common'

defineFunction(
  'requestFamilyLink',
  {
    requireUser: true,
    fields: { seniorPhone: requiredString('请填写长辈的11位手机号。', (v) => isMobilePhone(normalizePhone(v))) },
    // Per address; each account is also held to 5 requests a day, counted from its FamilyLink rows
    // (family/links.ts), which survives restarts and holds across server instances.
    rateLimit: perMinute(10),
  },
  ({ user, params }) => requestFamilyLink(user!, params.seniorPhone),
)

defineFunction(
  'answerFamilyLink',
  {
    requireUser: true,
    fields: {
      linkId: requiredId('请选择要处理的关联申请。'),
      accept: { type: Boolean, required: true, error: '请选择同意或拒绝。' },
    },
    rateLimit: perMinute(30),
  },
  ({ user, params }) => answerFamilyLink(user!, params.linkId, params.accept),
)

defineFunction(
  'removeFamilyLink',
  { requireUser: true, fields: { linkId: requiredId('请选择要解除的关联。') }, rateLimit: perMinute(30) },
  ({ user, params }) => removeFamilyLink(user!, params.linkId),
)

defineFunction('myFamilyLinks', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => myFamilyLinks(user!))

defineFunction('actsForMe', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, async ({ user }) => ({ items: await actsFor(user!) }))
