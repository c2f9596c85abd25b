// Cloud functions of Stewards and help requests (issue #4); imported by server/cloud/main.ts.
import { HELP_KINDS } from '../../../src/domain/help'
import { defineFunction, type FieldRule } from '../define'
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
import { forSenior, noParams, perMinute, requiredId } from '../validators/common'

const helpId = { helpRequestId: requiredId('请选择一条求助。') }
const text = (error: string, required = false): FieldRule => ({ type: String, required, error })

// ── Stewards ──
defineFunction('buildingStewards', { requireUser: true, fields: { buildingId: requiredId('请选择楼栋。') }, rateLimit: perMinute(60) }, ({ user, params }) =>
  buildingStewards(user!, params.buildingId),
)

defineFunction(
  'assignSteward',
  { requireUser: true, fields: { buildingId: requiredId('请选择楼栋。'), phone: text('请填写正确的11位手机号。', true) }, rateLimit: perMinute(30) },
  ({ user, params }) => assignSteward(user!, params.buildingId, params.phone),
)

defineFunction(
  'endStewardAssignment',
  { requireUser: true, fields: { assignmentId: requiredId('请选择要结束的安排。'), reason: text('请写明结束的原因。', true) }, rateLimit: perMinute(30) },
  ({ user, params }) => endStewardAssignment(user!, params.assignmentId, params.reason),
)

defineFunction('myStewardProfile', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => myStewardProfile(user!))

defineFunction(
  'saveStewardProfile',
  {
    requireUser: true,
    fields: {
      intro: text('简介请填写文字。'),
      dutyHours: text('值守时间请填写文字。'),
      photoId: { options: (v: unknown) => v === null || v === undefined || (typeof v === 'string' && /^[A-Za-z0-9]{1,32}$/.test(v)), error: '照片无效，请重新上传。' },
    },
    rateLimit: perMinute(20),
  },
  ({ user, params }) => saveStewardProfile(user!, params),
)

// ── Help requests ──
defineFunction(
  'requestHelp',
  {
    requireUser: true,
    fields: {
      kind: { type: String, required: true, options: (v: unknown) => HELP_KINDS.includes(v as never), error: '请选择需要哪种帮助。' },
      text: text('请用文字说明需要什么帮助。'),
      urgent: { type: Boolean, error: '紧急只能选是或否。' },
      ...forSenior,
    },
    rateLimit: perMinute(10),
  },
  ({ user, params }) => asSubject(user!, params.forUserId, '代为求助', (who) => requestHelp(who, user!.id ?? '', params)),
)

defineFunction('myHelpRequests', { requireUser: true, fields: forSenior, rateLimit: perMinute(60) }, ({ user, params }) =>
  asSubject(user!, params.forUserId, '代为查看求助', ({ subject }) => myHelpRequests(subject.id ?? '')),
)

defineFunction('getHelpRequest', { requireUser: true, fields: { ...helpId, ...forSenior }, rateLimit: perMinute(120) }, ({ user, params }) =>
  asSubject(user!, params.forUserId, '代为查看求助', ({ subject }) => getHelpRequest(user!.id ?? '', params.helpRequestId, subject.id ?? '')),
)

defineFunction('cancelHelpRequest', { requireUser: true, fields: { ...helpId, ...forSenior }, rateLimit: perMinute(30) }, ({ user, params }) =>
  asSubject(user!, params.forUserId, '代为取消求助', ({ subject }) => cancelHelpRequest(user!.id ?? '', params.helpRequestId, subject.id ?? '')),
)

defineFunction('stewardHelpInbox', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => stewardHelpInbox(user!.id ?? ''))

defineFunction('escalatedHelpRequests', { requireUser: true, fields: noParams, rateLimit: perMinute(60) }, ({ user }) => escalatedHelpRequests(user!.id ?? ''))

defineFunction('acceptHelpRequest', { requireUser: true, fields: helpId, rateLimit: perMinute(60) }, ({ user, params }) =>
  acceptHelpRequest(user!.id ?? '', params.helpRequestId),
)

defineFunction(
  'replyHelpRequest',
  { requireUser: true, fields: { ...helpId, ...forSenior, text: text('请填写回复内容。', true) }, rateLimit: perMinute(30) },
  ({ user, params }) =>
    asSubject(user!, params.forUserId, '代为回复求助', ({ subject }) => replyHelpRequest(user!.id ?? '', params.helpRequestId, params.text, subject.id ?? '')),
)

defineFunction(
  'resolveHelpRequest',
  { requireUser: true, fields: { ...helpId, note: text('请写一句处理结果。', true) }, rateLimit: perMinute(30) },
  ({ user, params }) => resolveHelpRequest(user!.id ?? '', params.helpRequestId, params.note),
)



