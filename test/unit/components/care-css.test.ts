/**
 * @jest-environment node
 *
 * Care mode is a set of CSS variables switched by one class: check the stylesheet itself, since
 * jsdom applies no styles. Every font size in the app must come from the scale, and the care
 * scale must be at least 1.3x the normal one with touch targets of at least 48 px (96 design units).
 */
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.join(__dirname, '../../../src')
const appCss = fs.readFileSync(path.join(SRC, 'app.css'), 'utf8')

function block(selector: string): string {
  const start = appCss.search(new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{`))
  if (start < 0) throw new Error(`no ${selector} block in app.css`)
  const open = appCss.indexOf('{', start)
  return appCss.slice(open + 1, appCss.indexOf('}', open))
}

function pxVars(css: string): Map<string, number> {
  const vars = new Map<string, number>()
  for (const m of css.matchAll(/--(tx-(?:fs-[a-z]+|touch)):\s*(\d+)px/g)) vars.set(m[1]!, Number(m[2]))
  return vars
}

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? cssFiles(p) : e.name.endsWith('.css') ? [p] : []
  })
}

describe('care mode type scale', () => {
  const normal = pxVars(block('page,\nbody'))
  const care = pxVars(block('.tx-care'))

  it('defines the whole scale, and care mode redefines every step of it', () => {
    expect([...normal.keys()].filter((k) => k.startsWith('tx-fs-')).length).toBeGreaterThanOrEqual(6)
    expect([...care.keys()].sort()).toEqual([...normal.keys()].sort())
  })

  it.each([...pxVars(block('page,\nbody')).keys()].filter((k) => k.startsWith('tx-fs-')))('%s is at least 1.3x in care mode', (name) => {
    expect(care.get(name)! / normal.get(name)!).toBeGreaterThanOrEqual(1.3)
  })

  it('makes every touch target at least 48 px in care mode', () => {
    expect(care.get('tx-touch')).toBeGreaterThanOrEqual(96)
  })

  it('leaves no font size outside the scale, so nothing stays small in care mode', () => {
    const fixed = cssFiles(SRC).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/font-size:\s*([^;]+);/g)]
        .map((m) => m[1]!.trim())
        .filter((value) => !/^var\(--tx-fs-[a-z]+\)$/.test(value))
        .map((value) => `${path.relative(SRC, file)}: ${value}`),
    )
    expect(fixed).toEqual([])
  })
})
