/** Reusable validator pieces, with the Chinese message a person sees when a field is wrong. */
import { TOO_MANY } from '../../http/rate-limits'
import type { FieldRule, Validator } from '../define'

/** A limit per minute, per address and (for functions that need a user) per account. */
export function perMinute(count: number): NonNullable<Validator['rateLimit']> {
  return { requestTimeWindow: 60_000, requestCount: count, errorResponseMessage: TOO_MANY }
}

export const noParams: Record<string, FieldRule> = {}

export function requiredString(error: string, test?: (v: string) => boolean): FieldRule {
  return {
    type: String,
    required: true,
    options: (v: unknown) => typeof v === 'string' && v.length > 0 && (test ? test(v) : true),
    error,
  }
}

const OBJECT_ID = /^[A-Za-z0-9]{1,32}$/

/** True for something shaped like a Parse objectId (what ids from this API look like). */
export function isObjectId(v: unknown): boolean {
  return typeof v === 'string' && OBJECT_ID.test(v)
}

/** A required id parameter. */
export function requiredId(error: string): FieldRule {
  return { type: String, required: true, options: isObjectId, error }
}

/** An optional id parameter: absent is fine, present must look like an id. */
export function optionalId(error: string): FieldRule {
  return { type: String, options: isObjectId, error }
}

/** `forUserId` of the calls a family member may make for a linked senior. */
export const forSenior: Record<string, FieldRule> = { forUserId: optionalId('请选择要代为办理的长辈。') }

// Which characters text may hold is one rule shared with the forms: src/domain/text.ts.
export { isCleanText } from '../../../src/domain/text'
