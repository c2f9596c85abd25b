/** Parameters of stewards and help requests. */
import * as v from 'valibot'
import { HELP_KINDS } from '@/domain/help'
import { HELP_MESSAGES as M, REGISTRATION_MESSAGES } from '@/domain/messages'
import { forSenior, id, noParams, OBJECT_ID, oneOf, optionalFlag, optionalText, SHARED_MESSAGES, text } from './rules'

const helpId = { helpRequestId: id('请选择一条求助。') }
const PHOTO = SHARED_MESSAGES.photo

export const helpContract = {
  buildingStewards: v.object({ buildingId: id(REGISTRATION_MESSAGES.building) }),
  assignSteward: v.object({ buildingId: id(REGISTRATION_MESSAGES.building), phone: text(M.stewardPhone) }),
  endStewardAssignment: v.object({ assignmentId: id('请选择要结束的安排。'), reason: text(M.endReason) }),
  myStewardProfile: noParams,
  saveStewardProfile: v.object({
    intro: optionalText(M.intro),
    dutyHours: optionalText(M.dutyHours),
    photoId: v.nullish(v.pipe(v.string(PHOTO), v.regex(OBJECT_ID, PHOTO))),
  }),
  requestHelp: v.object({ kind: oneOf(HELP_KINDS, M.kind), text: optionalText(M.text), urgent: optionalFlag(M.urgent), ...forSenior }),
  myHelpRequests: v.object(forSenior),
  getHelpRequest: v.object({ ...helpId, ...forSenior }),
  cancelHelpRequest: v.object({ ...helpId, ...forSenior }),
  stewardHelpInbox: noParams,
  escalatedHelpRequests: noParams,
  acceptHelpRequest: v.object(helpId),
  replyHelpRequest: v.object({ ...helpId, ...forSenior, text: text(M.reply) }),
  resolveHelpRequest: v.object({ ...helpId, note: text(M.resolveNote) }),
}
