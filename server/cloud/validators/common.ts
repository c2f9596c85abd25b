/** Reusable validator pieces, with the Chinese message a person sees when a field is wrong. */
import type { FieldRule, Validator } from '../define'

const TOO_MANY = '操作太频繁，请稍后再试。'

/** A limit per IP and window, for anything a script could hammer (logins above all). */
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
