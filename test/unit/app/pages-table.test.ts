/**
 * @jest-environment node
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROUTES } from '@/app/routes'
import { isTabPage } from '@/features/notify/tab-pages'
import { PAGES, TAB_PAGES } from '@contract/pages'

/** Page paths as app.config.ts declares them: main pages, and each subpackage's under its root. */
function declaredPages(): string[] {
  const source = fs.readFileSync(path.resolve(__dirname, '../../../src/app.config.ts'), 'utf8')
  const top = /^ {2}pages: \[([^\]]*)\]/m.exec(source)?.[1] ?? ''
  const main = [...top.matchAll(/'([\w/-]+)'/g)].map((m) => `/${m[1]}`)
  const subs = [...source.matchAll(/root: '([\w/-]+)'[\s\S]*?pages: \[([^\]]*)\]/g)].flatMap((m) =>
    [...m[2].matchAll(/'([\w/-]+)'/g)].map((p) => `/${m[1]}/${p[1]}`),
  )
  return [...new Set([...main, ...subs])].sort()
}

function tablePages(): string[] {
  const paths = Object.values(PAGES).map((page) => (typeof page === 'string' ? page : (page as (...args: string[]) => string)('x', 'y')))
  return [...new Set(paths.map((p) => p.split('?')[0]))].sort()
}

describe('the page table (types/pages.ts)', () => {
  it('names exactly the pages app.config.ts declares', () => {
    expect(tablePages()).toEqual(declaredPages())
  })

  it('is the app routes, and its tabs are the tab bar', () => {
    expect(ROUTES).toBe(PAGES)
    expect(TAB_PAGES).toEqual(['/pages/index/index', '/pages/notices/index', '/pages/mine/index'])
    expect(isTabPage('/pages/notices/index?from=message')).toBe(true)
    expect(isTabPage(PAGES.noticeDetail('n1'))).toBe(false)
  })

  it('encodes what it carries in a query', () => {
    expect(PAGES.seniorHome('u 1', '王&李')).toBe('/packages/resident/pages/senior-home/index?userId=u%201&name=%E7%8E%8B%26%E6%9D%8E')
    expect(PAGES.helpDetail('a/b')).toBe('/packages/help/pages/detail/index?id=a%2Fb')
  })
})
