/**
 * @jest-environment node
 *
 * What the weapp main package imports: the app entry and the main-package pages (src/pages),
 * followed through their imports. A subpackage feature's stores reached from here would load
 * before the home page again (issue #13): they must be reached only from src/packages.
 */
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '../../../src')

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(SRC, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null
  if (!base) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    // Type-only imports are erased: they load nothing.
    for (const m of source.matchAll(/^import (?!type )[^'"]*?['"]([^'"]+)['"]/gm)) {
      const target = resolve(file, m[1])
      if (target) queue.push(target)
    }
  }
  return seen
}

const pages = fs.readdirSync(path.join(SRC, 'pages')).map((p) => path.join(SRC, 'pages', p, 'index.tsx'))
const main = [...reachable([path.join(SRC, 'app.tsx'), ...pages])].map((f) => path.relative(SRC, f).split(path.sep).join('/'))

describe('the weapp main package', () => {
  it('imports no subpackage page', () => {
    expect(main.filter((f) => f.startsWith('packages/'))).toEqual([])
  })

  it("imports no subpackage feature's stores or feature module; notify is the one the 我的 and 公告 tabs need", () => {
    const subFeatures = ['activities', 'family', 'guide', 'help', 'notices', 'privacy', 'problems', 'registration', 'welfare']
    const leaked = main.filter((f) => subFeatures.some((feature) => f === `features/${feature}/index.ts` || f === `features/${feature}/stores/index.ts`))
    expect(leaked).toEqual([])
    // The main package's own stores, named so that adding one here is a decision.
    expect(main.filter((f) => /^features\/[^/]+\/stores\/.+-store\.ts$/.test(f)).sort()).toEqual([
      'features/care/stores/care-store.ts',
      'features/home/stores/home-store.ts',
      'features/notices/stores/notice-feed-store.ts',
      'features/notify/stores/alert-subscribe-store.ts',
      'features/notify/stores/message-store.ts',
      'features/privacy/stores/privacy-prompt-store.ts',
      'features/registration/stores/my-registration-store.ts',
      'features/session/stores/session-store.ts',
    ])
  })
})
