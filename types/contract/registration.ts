/**
 * Parameters of registration. The fields of the form are checked by their kind only, each with
 * the sentence the shared rule (validateRegistration) says for that field, so both layers always
 * say the same thing; a missing field and every other rule are the shared rule's, in the handler.
 */
import * as v from 'valibot'
import type { RegistrationInput } from '../domain'
import { validateRegistration, validateReviewReason, type RegistrationField } from '@/domain/registration'
import { isCleanText } from '@/domain/text'
import { flag, forSenior, id, oneOf, optionalId, optionalTextThat, paging, ruled, SHARED_MESSAGES } from './rules'
import { PAGE_MAX } from './limits'

/** What the shared rule says when a field holds the wrong kind of value. */
function ruleMessage(field: RegistrationField): string {
  const wrong: Partial<Record<RegistrationField, unknown>> = { [field]: {} }
  const result = validateRegistration(wrong, { now: new Date() })
  return (!result.ok && result.errors[field]) || '填写的内容格式不对。'
}

// null means "not given" to the shared rule (an optional field left empty), so it passes here.
const str = (field: RegistrationField) => v.nullish(v.string(ruleMessage(field)))
const registrationEntries = {
  name: str('name'),
  phone: str('phone'),
  buildingId: str('buildingId'),
  room: str('room'),
  moveInDate: str('moveInDate'),
  household: v.nullish(v.array(v.unknown(), ruleMessage('household'))),
  birthYear: v.nullish(v.number(ruleMessage('birthYear'))),
  origin: str('origin'),
  workplace: str('workplace'),
  consent: v.nullish(v.boolean(ruleMessage('consent'))),
}

/** The registration form's fields, by kind (the form's own checks are validateRegistration). */
export const registrationForm = v.object(registrationEntries)

/** The message for a reason that is not text at all: the shared rule's. */
const REASON_TYPE_MESSAGE = validateReviewReason(false, 0) ?? '驳回时请写明原因。'

const STATUSES = ['pending', 'approved', 'rejected'] as const
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))

export const registrationContract = {
  placeOptions: v.object({
    communityId: optionalId('请选择正确的社区。'),
    compoundId: optionalId(SHARED_MESSAGES.compound),
    q: optionalTextThat('小区名称最多20个字，请重新输入。', (s) => s === '' || isCleanText(s, 20)),
  }),
  submitResidentRegistration: ruled<RegistrationInput & { forUserId?: string }>()(v.object({ ...registrationEntries, ...forSenior })),
  myRegistration: v.object(forSenior),
  listRegistrations: v.object({
    status: v.optional(oneOf(STATUSES, '请选择审核状态：待审核、已通过或已驳回。')),
    compoundId: optionalId(SHARED_MESSAGES.compound),
    from: optionalTextThat('开始日期格式应为“2026-07-01”。', isDay),
    to: optionalTextThat('结束日期格式应为“2026-07-01”。', isDay),
    ...paging(200, PAGE_MAX),
  }),
  openRegistration: v.object({ registrationId: id('请选择要查看的登记。') }),
  reviewResidentRegistration: v.object({
    registrationId: id('请选择要审核的登记。'),
    approve: flag('请选择通过或驳回。'),
    reason: v.optional(v.string(REASON_TYPE_MESSAGE)),
  }),
  registerOnBehalf: ruled<Omit<RegistrationInput, 'consent'> & { consent: true }>()(v.object(registrationEntries)),
}
