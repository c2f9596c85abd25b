/**
 * The building blocks of the parameter schemas (one per cloud function, types/contract/*.ts).
 *
 * They keep the meaning the hand-written checks always had: a required field may be neither
 * absent nor null; an optional one may be absent (undefined), but null must pass its checks
 * like any other value. Every schema and every action carries the one sentence a person sees.
 * Deeper rules (lengths, dates, categories) stay in src/domain where a field says `ruled<T>()`:
 * the schema checks the kind of value, the domain rule in the handler the rest, so the form and
 * the server say the same sentence.
 */
import * as v from 'valibot'

/** What ids from this API look like (a Parse objectId). */
export const OBJECT_ID = /^[A-Za-z0-9]{1,32}$/

/** True for something shaped like a Parse objectId. */
export function isObjectId(x: unknown): x is string {
  return typeof x === 'string' && OBJECT_ID.test(x)
}

/** A JSON object (not an array, not a class instance). */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false
  const proto: unknown = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/**
 * Types a value the schema checked only for its kind, as `ruled<T>()(schema)`: the domain rule the handler runs
 * (validateNotice, validateApplication…) checks the rest and says what is wrong.
 */
export function ruled<T>() {
  return <S extends v.GenericSchema>(schema: S) => v.pipe(schema, v.transform((x: v.InferOutput<S>) => x as unknown as T))
}

export const id = (message: string) => v.pipe(v.string(message), v.regex(OBJECT_ID, message))
export const optionalId = (message: string) => v.optional(id(message))

/** Text that must be given and not empty, optionally passing a test. */
export const requiredText = (message: string, test: (s: string) => boolean = () => true) =>
  v.pipe(v.string(message), v.minLength(1, message), v.check(test, message))

/** Text of any length (the handler's rule checks it), required or not. */
export const text = (message: string) => v.string(message)
export const optionalText = (message: string) => v.optional(v.string(message))

/** Optional text passing a test. */
export const optionalTextThat = (message: string, test: (s: string) => boolean) => v.optional(v.pipe(v.string(message), v.check(test, message)))

export const flag = (message: string) => v.boolean(message)
export const optionalFlag = (message: string) => v.optional(v.boolean(message))

/** A finite number (JSON carries no other, but a caller in-process might). */
export const num = (message: string) => v.pipe(v.number(message), v.finite(message))
export const optionalNum = (message: string) => v.optional(num(message))

/** An optional integer from 1 to max (page sizes, counts). */
export const optionalCount = (max: number, message: string) => v.optional(v.pipe(v.number(message), v.integer(message), v.minValue(1, message), v.maxValue(max, message)))

/** An optional list the handler's rule reads item by item. */
export const optionalList = (message: string) => v.optional(v.array(v.unknown(), message))

/** A JSON object (never an array, never an instance), typed by the rule that reads it. */
export const plainObject = (message: string) => v.custom<Record<string, unknown>>(isPlainObject, message)

/** One of a fixed list of strings. */
export const oneOf = <const T extends string>(options: readonly T[], message: string) => v.picklist(options, message)

/** Paging of a list: an opaque cursor of at most cursorMax characters, and a page size. */
export function paging(cursorMax: number, pageMax: number) {
  return {
    cursor: optionalTextThat(PAGING_MESSAGES.cursor, (s) => s.length <= cursorMax),
    limit: optionalCount(pageMax, PAGING_MESSAGES.limit(pageMax)),
  }
}

/** Sentences several functions' schemas share. */
export const SHARED_MESSAGES = {
  community: '请选择社区。',
  compound: '请选择正确的小区。',
  photo: '照片无效，请重新上传。',
} as const

export const PAGING_MESSAGES = {
  cursor: '翻页位置无效，请刷新列表。',
  limit: (max: number) => `每页条数应为1到${max}。`,
} as const

/** A function without parameters. */
export const noParams = v.object({})

/** Acting for a linked senior: functions that take `forUserId` act on the senior's behalf and record who did. */
export const forSenior = { forUserId: optionalId('请选择要代为办理的长辈。') }
