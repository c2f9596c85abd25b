/**
 * @jest-environment node
 */
import { CLASS_DECISIONS, permissionsOf } from '@server/schema/decisions'
import { definitions } from '@server/schema/definitions'

describe('class decisions (server/schema/decisions.ts)', () => {
  it('every class in the schema has a decision, and its permissions are exactly the decision', () => {
    for (const d of definitions) {
      const decision = CLASS_DECISIONS[d.className]
      expect({ className: d.className, decided: !!decision }).toEqual({ className: d.className, decided: true })
      const { protectedFields: _ignored, ...clp } = d.classLevelPermissions
      expect({ className: d.className, clp }).toEqual({ className: d.className, clp: permissionsOf(decision.access) })
    }
  })

  it('every stored decision names a class the schema defines (no stale decisions)', () => {
    const defined = new Set(definitions.map((d) => d.className))
    const stale = Object.entries(CLASS_DECISIONS).filter(([name, d]) => d.stored && !defined.has(name))
    expect(stale).toEqual([])
  })

  it('no class holding personal data is readable by any client', () => {
    const open = Object.entries(CLASS_DECISIONS).filter(([, d]) => d.personal && d.access !== 'master')
    expect(open).toEqual([])
  })
})
