/**
 * Parameter checks of every cloud function, done here rather than by Parse's validator.
 *
 * Parse's built-in validator starts each field's `options` check as a promise it does not
 * await, then throws at once when a later field has the wrong type: the first promise's
 * rejection is then unhandled and Node exits (one request stopped the server). These checks
 * are synchronous, run field by field in one place, and end in one Parse.Error per request.
 */
import { Parse } from './parse'

type FieldType = StringConstructor | NumberConstructor | BooleanConstructor | ObjectConstructor | ArrayConstructor

export interface FieldRule {
  type?: FieldType
  required?: boolean
  options?: (value: unknown) => boolean
  error?: string
}

/** How deep a parameter may nest; real params nest two levels at most (a budget's items). */
const MAX_DEPTH = 8

// Keys that address Parse or JavaScript internals rather than data: query operators ($ne,
// $regex), encoded types (__type: Pointer, Date, File, Bytes) and prototype keys.
const RESERVED_KEY = /^(\$|__type$|__op$|__proto__$|constructor$|prototype$)/

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

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

function hasType(type: FieldType, v: unknown): boolean {
  switch (type) {
    case String:
      return typeof v === 'string'
    case Number:
      return typeof v === 'number' && Number.isFinite(v)
    case Boolean:
      return typeof v === 'boolean'
    case Array:
      return Array.isArray(v)
    default:
      return isPlainObject(v)
  }
}

// A predicate that throws (say, on a value shaped unlike anything it expected) is a wrong value.
function passes(options: (value: unknown) => boolean, v: unknown): boolean {
  try {
    return options(v) === true
  } catch {
    return false
  }
}

function own(params: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined
}

/** The message for a wrong or missing field: the one the function declared, or a generic one. */
export function fieldMessage(fields: Record<string, FieldRule>, field: string): string {
  return (Object.prototype.hasOwnProperty.call(fields, field) ? fields[field].error : undefined) ?? `参数 ${field} 填写有误。`
}

/**
 * The first problem with these params, as the field it concerns, or null when all is well.
 * Absent (undefined) means "not given"; null is a value and must pass the field's checks.
 */
export function firstBadField(fields: Record<string, FieldRule>, params: Record<string, unknown>): string | null {
  for (const [field, rule] of Object.entries(fields)) {
    const v = own(params, field)
    if (v === undefined || v === null) {
      // Parse's rule, kept: a required field may be neither absent nor null.
      if (rule.required) return field
      if (v === undefined) continue
    }
    if (rule.type && !hasType(rule.type, v)) return field
    if (rule.options && !passes(rule.options, v)) return field
  }
  // Every param, declared or not, must be plain data: handlers may pass some on to queries.
  for (const key of Object.keys(params)) if (RESERVED_KEY.test(key) || !isPlainData(params[key])) return key
  return null
}

/** Throws the validation error (142) clients have always had for a bad field. */
export function checkFields(fields: Record<string, FieldRule>, params: unknown): void {
  const bag = isPlainObject(params) ? params : {}
  const bad = firstBadField(fields, bag)
  if (bad !== null) throw new Parse.Error(Parse.Error.VALIDATION_ERROR, fieldMessage(fields, bad))
}
