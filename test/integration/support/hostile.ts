/**
 * Hostile parameters for cloud functions, as fast-check arbitraries, shaped by the contract.
 *
 * - `plainHostile`: JSON data a careless or malicious client could send to any field: wrong
 *   types, huge and negative numbers, NaN-like and empty strings, NUL, bidi and zero-width
 *   characters, 10,000-character strings, arrays where objects belong, nested objects.
 *   Any of it may happen to be acceptable to some field.
 * - `poison`: values no parameter of any function accepts: `$`-operators, Parse's encoded
 *   types (`__type` Pointer, Date, Bytes, File, Object) and prototype keys.
 */
import fc from 'fast-check'
import type { ContractFunction, ParamKind } from './contract'

// Objects with an own `__proto__` key can only be made by parsing JSON (a literal sets the prototype).
const protoPolluting = (inner: string) => JSON.parse(`{"__proto__": ${inner}}`) as Record<string, unknown>

const POISON_VALUES: ReadonlyArray<() => unknown> = [
  () => ({ $ne: null }),
  () => ({ $regex: '.*' }),
  () => ({ $gt: '' }),
  () => ({ $in: ['13900000001', null] }),
  () => ({ $exists: true }),
  () => ({ $where: 'sleep(10)' }),
  () => ({ $select: { query: { className: '_User', where: {} }, key: 'username' } }),
  () => ({ __type: 'Pointer', className: '_User', objectId: 'AAAAAAAAAA' }),
  () => ({ __type: 'Pointer', className: 'Resident', objectId: { $ne: null } }),
  () => ({ __type: 'Date', iso: '2026-01-01T00:00:00.000Z' }),
  () => ({ __type: 'Bytes', base64: 'AAAA' }),
  () => ({ __type: 'File', name: 'x.pdf' }),
  () => ({ __type: 'Object', className: '_User', objectId: 'AAAAAAAAAA', username: 'x' }),
  () => ({ __type: 'GeoPoint', latitude: 39.9, longitude: 116.4 }),
  () => ({ __op: 'Increment', amount: 1e9 }),
  () => protoPolluting('{"isAdmin": true}'),
  () => ({ constructor: { prototype: { isAdmin: true } } }),
  () => [{ $ne: null }],
  () => ['AAAAAAAAAA', { __type: 'Pointer', className: '_Role', objectId: 'x' }],
  () => ({ nested: { deeper: { $regex: '^' } } }),
  // Nesting that overflowed Parse's recursive decoding (a 500) before bodies were checked.
  () => JSON.parse('['.repeat(3000) + ']'.repeat(3000)) as unknown,
]

/** A value that no parameter of any function may accept. */
export const poison: fc.Arbitrary<unknown> = fc.constantFrom(...POISON_VALUES).map((make) => make())

/** Top-level keys no function may accept (`__proto__` is left out: Parse drops it before cloud code). */
const POISON_KEYS = ['$where', '$or', '__type', '__op', 'constructor', '$ne']

const TRICKY_CHARS = ['\u0000', '\u202e', '\u200b', '\u200f', '\ufeff', '\u0007', '\n', '\ud800', '💥', '\\', '"', "'", '%', '_', '<script>']

const trickyString = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY_CHARS), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''))

const strings = fc.oneof(
  trickyString,
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-1', '1e999', '0x10', 'null', 'undefined', 'true', '[]', '{}', '2026-13-45', '9999-12-31', '13900000001', 'AAAAAAAAAA'),
  fc.constantFrom(10_000, 2_000, 21).chain((n) => fc.constantFrom('字', 'a', '\u202e').map((c) => c.repeat(n))),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
)

const numbers = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 0.25, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 2 ** 31, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

const scalars: fc.Arbitrary<unknown> = fc.oneof(strings, numbers, fc.boolean(), fc.constant(null))

/** Plain JSON data a hostile client could put in any field. */
export const plainHostile: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalars,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('id', 'objectId', 'kind', 'amount', 'text', 'x'), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 4 }),
    fc.constant(Array.from({ length: 300 }, (_, i) => i)),
  ),
})).value

/** Values of the wrong kind for a parameter of this rough type, mixed with hostile values of the right kind. */
function forKind(kind: ParamKind): fc.Arbitrary<unknown> {
  const wrong: Record<ParamKind, fc.Arbitrary<unknown>> = {
    string: fc.oneof(numbers, fc.boolean(), fc.array(strings, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), strings, { maxKeys: 3 })),
    number: fc.oneof(strings, fc.boolean(), fc.array(numbers, { maxLength: 3 })),
    boolean: fc.oneof(strings, numbers, fc.constant(null)),
    array: fc.oneof(strings, numbers, fc.dictionary(fc.string({ maxLength: 4 }), scalars, { maxKeys: 3 }), fc.array(plainHostile, { maxLength: 5 })),
    object: fc.oneof(fc.array(plainHostile, { maxLength: 3 }), strings, numbers, fc.dictionary(fc.string({ maxLength: 6 }), plainHostile, { maxKeys: 4 })),
    unknown: plainHostile,
  }
  return fc.oneof(wrong[kind], plainHostile)
}

/** Params from the function's own keys, each absent or hostile plain data. Rarely, but possibly, valid. */
export function hostileParams(fn: ContractFunction): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  for (const p of fn.params) model[p.key] = forKind(p.kind)
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>
}

/** Hostile params with at least one poisoned entry (one of the function's keys, or a reserved key): never valid. */
export function poisonedParams(fn: ContractFunction): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...fn.params.map((p) => p.key), ...POISON_KEYS]
  return fc.tuple(hostileParams(fn), fc.constantFrom(...keys), poison).map(([params, key, bad]) => ({ ...params, [key]: bad }))
}
