/** The parameter checks every cloud function runs before its handler (server/cloud/check-fields). */
import * as v from 'valibot'
import { fieldMessage, firstProblem, isPlainData } from '@server/cloud/check-fields'
import { plainObject } from '@contract/contract/rules'

const schema = v.object({
  id: v.pipe(v.string('请选择一项。'), v.regex(/^[a-z]+$/, '请选择一项。')),
  count: v.optional(v.pipe(v.number('数量应为数字。'), v.finite('数量应为数字。'))),
  place: v.optional(plainObject('地点不对。')),
  list: v.optional(v.pipe(v.array(v.string('列表不对。'), '列表不对。'), v.check((l) => l.every((s) => s.length < 3), '列表不对。'))),
  maybe: v.optional(v.nullable(v.literal('x', '只能是 x。'))),
})

const badField = (params: Record<string, unknown>) => firstProblem(schema, params)?.field ?? null

describe('firstProblem', () => {
  it('accepts params that pass every rule, absent optional fields included', () => {
    expect(badField({ id: 'abc' })).toBeNull()
    expect(badField({ id: 'abc', count: 2, place: { a: 1 }, list: ['a'], maybe: null })).toBeNull()
  })

  it('reports the first bad field in declaration order, whatever kind of check fails', () => {
    // The combination that used to stop the server: an options failure, then a wrong type.
    expect(badField({ id: 'ABC', count: 'x' })).toBe('id')
    expect(badField({ count: 1 })).toBe('id')
    expect(badField({ id: null })).toBe('id')
    expect(badField({ id: 'a', count: Infinity })).toBe('count')
    expect(badField({ id: 'a', count: null })).toBe('count')
    expect(badField({ id: 'a', place: [] })).toBe('place')
    expect(badField({ id: 'a', place: null })).toBe('place')
    expect(badField({ id: 'a', place: new Date() })).toBe('place')
    expect(badField({ id: 'a', maybe: 'y' })).toBe('maybe')
    expect(badField({ id: 'a', list: [5] })).toBe('list')
  })

  it("says the failing field's own sentence, a missing required field included", () => {
    expect(firstProblem(schema, {})).toEqual({ field: 'id', message: '请选择一项。' })
    expect(firstProblem(schema, { id: 'a', count: '1' })).toEqual({ field: 'count', message: '数量应为数字。' })
  })

  it('refuses operators, encoded types and prototype keys anywhere in the params, declared or not', () => {
    expect(badField({ id: 'a', place: { $ne: null } })).toBe('place')
    expect(badField({ id: 'a', extra: { where: { $regex: '.*' } } })).toBe('extra')
    expect(badField({ id: 'a', extra: [{ __type: 'Bytes', base64: '' }] })).toBe('extra')
    expect(badField({ id: 'a', place: JSON.parse('{"__proto__": {"x": 1}}') })).toBe('place')
    expect(badField({ id: 'a', place: { constructor: 1 } })).toBe('place')
    expect(firstProblem(v.object({}), { $where: 'x' })?.field).toBe('$where')
    expect(firstProblem(schema, JSON.parse('{"id": "a", "__proto__": {"isAdmin": true}}'))?.field).toBe('__proto__')
  })
})

describe('isPlainData', () => {
  it('is JSON data only, and not nested without end', () => {
    expect(isPlainData({ a: [1, 'b', true, null, { c: 2 }] })).toBe(true)
    expect(isPlainData(Number.NaN)).toBe(false)
    expect(isPlainData(new Date())).toBe(false)
    let deep: unknown = 1
    for (let i = 0; i < 20; i++) deep = [deep]
    expect(isPlainData(deep)).toBe(false)
  })
})

describe('fieldMessage', () => {
  it("is the field's own message, or says which parameter to fix", () => {
    expect(fieldMessage(schema, 'id')).toBe('请选择一项。')
    expect(fieldMessage(schema, 'place')).toBe('地点不对。')
    expect(fieldMessage(schema, 'extra')).toBe('参数 extra 填写有误。')
    expect(fieldMessage(schema, 'toString')).toBe('参数 toString 填写有误。')
  })
})
