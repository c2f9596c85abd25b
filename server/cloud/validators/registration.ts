/**
 * Parse validator fields for registration input. Missing fields are left to the shared rule
 * (validateRegistration says "请填写姓名。" and the like); a wrong type is stopped here, with the
 * rule's own message for that field, so both layers always say the same thing.
 */
import { validateRegistration, validateReviewReason, type RegistrationField } from '../../../src/domain/registration'
import type { FieldRule } from '../define'

type Kind = 'string' | 'number' | 'boolean' | 'array'

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : typeof v
}

/** What the shared rule says when a field holds the wrong kind of value. */
function ruleMessage(field: RegistrationField): string {
  const wrong: Partial<Record<RegistrationField, unknown>> = { [field]: {} }
  const result = validateRegistration(wrong, { now: new Date() })
  return (!result.ok && result.errors[field]) || '填写的内容格式不对。'
}

const KINDS: Record<RegistrationField, Kind> = {
  name: 'string',
  phone: 'string',
  buildingId: 'string',
  room: 'string',
  moveInDate: 'string',
  household: 'array',
  birthYear: 'number',
  origin: 'string',
  workplace: 'string',
  consent: 'boolean',
}

// An `options` check rather than Parse's `type`: null means "not given" to the shared rule
// (an optional field left empty), and Parse's type check would call it a wrong type.
export const registrationFields: Record<string, FieldRule> = Object.fromEntries(
  (Object.keys(KINDS) as RegistrationField[]).map((field) => [
    field,
    { options: (v: unknown) => v === null || kindOf(v) === KINDS[field], error: ruleMessage(field) },
  ]),
)

/** The message for a reason that is not text at all: the shared rule's. */
export const REASON_TYPE_MESSAGE = validateReviewReason(false, 0) ?? '驳回时请写明原因。'
