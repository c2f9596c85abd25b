import { clearPointer, expr, geoPoint, insertRow, insertRows, updateRow } from '@server/cloud/db/rows'
import type { Sql } from '@server/cloud/sql'

/** A Sql that records what it was asked and answers with the given rows. */
function recorder(answer: Array<Record<string, unknown>> = [{ id: 'x' }]) {
  const calls: Array<{ text: string; values: unknown[] }> = []
  const sql = (async (text: string, values: unknown[] = []) => {
    calls.push({ text, values })
    return answer
  }) as Sql
  return { sql, calls }
}

const AT = new Date('2026-07-01T02:00:00Z')

describe('insertRow', () => {
  it('writes objectId, timestamps from the clock and the ACL columns; arrays and objects as jsonb', async () => {
    const { sql, calls } = recorder([{ id: 'abc' }])
    const id = await insertRow(sql, 'Thing', { name: 'n', tags: ['a'], meta: { k: 1 }, when: AT, gone: undefined }, { id: 'abc', at: AT, acl: { read: ['role:x'] } })
    expect(id).toBe('abc')
    expect(calls[0].text).toBe(
      'INSERT INTO "Thing" ("objectId", "name", "tags", "meta", "when", "gone", "createdAt", "updatedAt", "_rperm", "_wperm") ' +
        'VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10::text[]) RETURNING "objectId" AS id',
    )
    expect(calls[0].values).toEqual(['abc', 'n', '["a"]', '{"k":1}', AT, null, AT, AT, ['role:x'], []])
  })

  it('says null when a unique index skipped the row, and updates what it is told to on conflict', async () => {
    expect(await insertRow(recorder([]).sql, 'Thing', { user: 'u' }, { onConflict: 'nothing' })).toBeNull()
    const { sql, calls } = recorder()
    await insertRow(sql, 'Sub', { user: 'u', n: 1 }, {
      at: AT,
      onConflict: { target: '("user") WHERE true', update: ['n'], set: { m: expr('"Sub"."m" + $1', [2]) }, where: expr('"Sub"."m" < $1', [5]) },
    })
    expect(calls[0].text).toContain('ON CONFLICT ("user") WHERE true DO UPDATE SET "n" = EXCLUDED."n", "m" = "Sub"."m" + $8, "updatedAt" = EXCLUDED."updatedAt" WHERE "Sub"."m" < $9')
    expect(calls[0].values.slice(7)).toEqual([2, 5])
  })

  it('renumbers expressions such as GeoPoints, and writes many rows in one statement', async () => {
    const { sql, calls } = recorder([{ id: 'a' }, { id: 'b' }])
    expect(await insertRows(sql, 'P', [{ at: geoPoint(1, 2) }, { at: null }], { at: AT })).toEqual(['a', 'b'])
    expect(calls[0].text).toMatch(/VALUES \(\$1, point\(\$2, \$3\), \$4, \$5, \$6::text\[\], \$7::text\[\]\), \(\$8, \$9, /)
  })
})

describe('updateRow', () => {
  it('stamps updatedAt and adds the extra condition behind the id', async () => {
    const { sql, calls } = recorder([{ objectId: 'r' }])
    expect(await updateRow(sql, 'R', 'r', { status: 'x' }, { at: AT, and: `"status" = $1`, andValues: ['p'] })).toBe(true)
    expect(calls[0].text).toBe('UPDATE "R" SET "status" = $1, "updatedAt" = $2 WHERE "objectId" = $3 AND ("status" = $4) RETURNING "objectId"')
    expect(calls[0].values).toEqual(['x', AT, 'r', 'p'])
  })

  it('clears a pointer, leaving updatedAt when told to', async () => {
    const { sql, calls } = recorder([])
    expect(await clearPointer(sql, 'S', 'endedBy', 'u', { at: false })).toBe(0)
    expect(calls[0].text).toBe('UPDATE "S" SET "endedBy" = $1 WHERE "endedBy" = $2 RETURNING "objectId"')
  })
})
