/** Family members acting for seniors: asking, confirming, ending a link, and what was done. */
import { defineFunction, perMinute } from '../define'
import { actsFor, answerFamilyLink, myFamilyLinks, removeFamilyLink, requestFamilyLink } from '../family/links'

defineFunction(
  'requestFamilyLink',
  {
    requireUser: true,
    // Per address; each account is also held to 5 requests a day, counted from its FamilyLink rows
    // (family/links.ts), which survives restarts and holds across server instances.
    rateLimit: perMinute(10),
  },
  ({ user, params }) => requestFamilyLink(user, params.seniorPhone),
)

defineFunction('answerFamilyLink', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => answerFamilyLink(user, params.linkId, params.accept))

defineFunction('removeFamilyLink', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => removeFamilyLink(user, params.linkId))

defineFunction('myFamilyLinks', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => myFamilyLinks(user))

defineFunction('actsForMe', { requireUser: true, rateLimit: perMinute(60) }, async ({ user }) => ({ items: await actsFor(user) }))
