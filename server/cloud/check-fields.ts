/**
 * Parameter checks of every cloud function: its schema in types/contract, plus the hardening
 * every function needs whatever its schema says. Done here rather than by Parse's validator.
 *
 * Parse's built-in validator starts each field's `options` check as a promise it does not
 * await, then throws at once when a later field has the wrong type: the first promise's
 * rejection is then unhandled and Node exits (one request stopped the server). These checks
 * are synchronous, run in one place, and end in one Parse.Error per request.
 */
import { firstIssue, type FieldIssue } from '@contract/contract/form-errors'
import type { ParamsSchema } from '@contract/contract'
import { isPlainObject } from '@contract/contract/rules'
import { Parse } from './parse'

/** How deep a parameter may nest; real params nest two levels at most (a budget's items). */
const MAX_DEPTH = 8

// Keys that address Parse or JavaScript internals rather than data: query operators ($ne,
// $regex), encoded types (__type: Pointer, Date, File, Bytes) and prototype keys.
const RESERVED_KEY = /^(\$|__type$|__op$|__proto__$|constructor$|prototype$)/

/**
 * True for data as JSON carries it: text, finite numbers, booleans, null, arrays and plain
 * objects without reserved keys. Parse decodes `{__type: ...}` params into Dates, Parse
 * objects and files before cloud code sees them; those are never a valid parameter here.
 */
export function isPlainData(v: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true
  if (typeof v === 'number') return Number.isFinite(v)
  if (Array.isArray(v)) return v.every((item) => isPlainData(item, depth + 1))
  if (!isPlainObject(v)) return false
  return Object.keys(v).every((key) => !RESERVED_KEY.test(key) && isPlainData(v[key], depth + 1))
}

/** What a person is told about a parameter the schema has no sentence for. */
export function genericMessage(field: string): string {
  return `参数 ${field} 填写有误。`
}

/**
 * The first problem with these params, or null when all is well: first the schema, field by
 * field in its order (absent means "not given"; null is a value and must pass the field's
 * checks); then every param, declared or not, must be plain data, as handlers may pass some
 * on to queries. A poisoned declared field gets the field's own sentence.
 */
export function firstProblem(schema: ParamsSchema, params: Record<string, unknown>): FieldIssue | null {
  const issue = firstIssue(schema, params)
  if (issue) return issue
  for (const key of Object.keys(params)) {
    if (RESERVED_KEY.test(key) || !isPlainData(params[key])) return { field: key, message: fieldMessage(schema, key) }
  }
  return null
}

/** The sentence of a declared field (what it says to a value of no kind at all), or a generic one. */
export function fieldMessage(schema: ParamsSchema, field: string): string {
  return firstIssue(schema, { [field]: NOT_A_VALUE }, [field])?.message ?? genericMessage(field)
}

// No schema accepts a symbol, so checking one yields a field's "wrong kind" sentence.
const NOT_A_VALUE = Symbol('not a value')

/** Throws the validation error (142) clients have always had for a bad field. */
export function checkParams(schema: ParamsSchema, params: unknown): void {
  const problem = firstProblem(schema, isPlainObject(params) ? params : {})
  if (problem) throw new Parse.Error(Parse.Error.VALIDATION_ERROR, problem.message)
}
