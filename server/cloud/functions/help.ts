// Cloud functions of Stewards and help requests (issue #4); imported by server/cloud/main.ts.
import { defineFunction, perMinute } from '../define'
import { asSubject } from '../family/acting'
import {
  acceptHelpRequest,
  cancelHelpRequest,
  escalatedHelpRequests,
  getHelpRequest,
  myHelpRequests,
  replyHelpRequest,
  requestHelp,
  resolveHelpRequest,
  stewardHelpInbox,
} from '../help/requests'
import { assignSteward, buildingStewards, endStewardAssignment, myStewardProfile, saveStewardProfile } from '../help/stewards'

// ── Stewards ──
defineFunction('buildingStewards', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => buildingStewards(user, params.buildingId))

defineFunction('assignSteward', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) => assignSteward(user, params.buildingId, params.phone))

defineFunction(
  'endStewardAssignment',
  { requireUser: true, rateLimit: perMinute(30) },
  ({ user, params }) => endStewardAssignment(user, params.assignmentId, params.reason),
)

defineFunction('myStewardProfile', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => myStewardProfile(user))

defineFunction('saveStewardProfile', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => saveStewardProfile(user, params))

// ── Help requests ──
defineFunction(
  'requestHelp',
  { requireUser: true, rateLimit: perMinute(10) },
  ({ user, params }) => asSubject(user, params.forUserId, '代为求助', (who) => requestHelp(who, user.id ?? '', params)),
)

defineFunction('myHelpRequests', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) =>
  asSubject(user, params.forUserId, '代为查看求助', ({ subject }) => myHelpRequests(subject.id ?? '')),
)

defineFunction('getHelpRequest', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) =>
  asSubject(user, params.forUserId, '代为查看求助', ({ subject }) => getHelpRequest(user.id ?? '', params.helpRequestId, subject.id ?? '')),
)

defineFunction('cancelHelpRequest', { requireUser: true, rateLimit: perMinute(30) }, ({ user, params }) =>
  asSubject(user, params.forUserId, '代为取消求助', ({ subject }) => cancelHelpRequest(user.id ?? '', params.helpRequestId, subject.id ?? '')),
)

defineFunction('stewardHelpInbox', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => stewardHelpInbox(user.id ?? ''))

defineFunction('escalatedHelpRequests', { requireUser: true, rateLimit: perMinute(60) }, ({ user }) => escalatedHelpRequests(user.id ?? ''))

defineFunction('acceptHelpRequest', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => acceptHelpRequest(user.id ?? '', params.helpRequestId))

defineFunction(
  'replyHelpRequest',
  { requireUser: true, rateLimit: perMinute(30) },
  ({ user, params }) =>
    asSubject(user, params.forUserId, '代为回复求助', ({ subject }) => replyHelpRequest(user.id ?? '', params.helpRequestId, params.text, subject.id ?? '')),
)

defineFunction(
  'resolveHelpRequest',
  { requireUser: true, rateLimit: perMinute(30) },
  ({ user, params }) => resolveHelpRequest(user.id ?? '', params.helpRequestId, params.note),
)



