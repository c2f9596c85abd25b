/** The parameter checks every cloud function runs before its handler (server/cloud/check-fields). */
import { fieldMessage, firstBadField, isPlainData, type FieldRule } from '../../../server/cloud/check-fields'

const fields: Record<string, FieldRule> = {
  id: { type: String, required: true, options: (v) => typeof v === 'string' && /^[a-z]+$/.test(v), error: '请选择一项。' },
  count: { type: Number, error: '数量应为数字。' },
  place: { type: Object },
  list: { type: Array, options: (v) => (v as string[]).every((s) => s.length < 3) },
  maybe: { options: (v) => v === null || v === 'x' },
}

describe('firstBadField', () => {
  it('accepts params that pass every rule, absent optional fields included', () => {
    expect(firstBadField(fields, { id: 'abc' })).toBeNull()
    expect(firstBadField(fields, { id: 'abc', count: 2, place: { a: 1 }, list: ['a'], maybe: null })).toBeNull()
  })

  it('reports the first bad field in declaration order, whatever kind of check fails', () => {
    // The combination that used to stop the server: an options failure, then a wrong type.
    expect(firstBadField(fields, { id: 'ABC', count: 'x' })).toBe('id')
    expect(firstBadField(fields, { count: 1 })).toBe('id')
    expect(firstBadField(fields, { id: null })).toBe('id')
    expect(firstBadField(fields, { id: 'a', count: Infinity })).toBe('count')
    expect(firstBadField(fields, { id: 'a', count: null })).toBe('count')
    expect(firstBadField(fields, { id: 'a', place: [] })).toBe('place')
    expect(firstBadField(fields, { id: 'a', place: null })).toBe('place')
    expect(firstBadField(fields, { id: 'a', place: new Date() })).toBe('place')
    expect(firstBadField(fields, { id: 'a', maybe: 'y' })).toBe('maybe')
  })

  it('treats a throwing predicate as a wrong value', () => {
    expect(firstBadField(fields, { id: 'a', list: [5] })).toBe('list')
  })

  it('refuses operators, encoded types and prototype keys anywhere in the params, declared or not', () => {
    expect(firstBadField(fields, { id: 'a', place: { $ne: null } })).toBe('place')
    expect(firstBadField(fields, { id: 'a', extra: { where: { $regex: '.*' } } })).toBe('extra')
    expect(firstBadField(fields, { id: 'a', extra: [{ __type: 'Bytes', base64: '' }] })).toBe('extra')
    expect(firstBadField(fields, { id: 'a', place: JSON.parse('{"__proto__": {"x": 1}}') })).toBe('place')
    expect(firstBadField(fields, { id: 'a', place: { constructor: 1 } })).toBe('place')
    expect(firstBadField({}, { $where: 'x' })).toBe('$where')
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
    expect(fieldMessage(fields, 'id')).toBe('请选择一项。')
    expect(fieldMessage(fields, 'place')).toBe('参数 place 填写有误。')
    expect(fieldMessage(fields, 'toString')).toBe('参数 toString 填写有误。')
  })
})
