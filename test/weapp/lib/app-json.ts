/** Check a: the build's app.json against src/app.config.ts, and every page's files. */
import fs from 'node:fs'
import path from 'node:path'
import { errorText, type Report } from './report'
import { subpackageRoots } from './sizes'
import { isRecord } from './values'

/** Loads src/app.config.ts as Taro's build does: `defineAppConfig` is a build-time identity. */
async function loadSourceAppConfig(file: string): Promise<Record<string, unknown>> {
  if (!Reflect.has(globalThis, 'defineAppConfig')) Reflect.set(globalThis, 'defineAppConfig', (config: unknown) => config)
  const mod: unknown = await import(file)
  // tsx hands an ES default export through CommonJS interop, sometimes wrapped once more.
  let config: unknown = isRecord(mod) ? mod.default : undefined
  if (isRecord(config) && isRecord(config.default) && !('pages' in config)) config = config.default
  if (!isRecord(config)) throw new Error(`${file} has no default export object`)
  return config
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Pages of the main package and of every subpackage, as paths relative to the build root. */
function allPages(appJson: Record<string, unknown>): string[] {
  const pages = stringList(appJson.pages)
  const lists: unknown[] = [appJson.subPackages, appJson.subpackages]
  for (const sub of lists.flatMap((l): unknown[] => (Array.isArray(l) ? l : []))) {
    if (!isRecord(sub) || typeof sub.root !== 'string') continue
    const root = sub.root.replace(/^\.?\//, '').replace(/\/?$/, '/')
    pages.push(...stringList(sub.pages).map((p) => root + p))
  }
  return pages
}

export async function checkAppJson(report: Report, distDir: string, appConfigFile: string): Promise<void> {
  const name = 'a. app.json and page files'
  let appJson: Record<string, unknown>
  let source: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8'))
    if (!isRecord(parsed)) throw new Error('app.json is not an object')
    appJson = parsed
    source = await loadSourceAppConfig(appConfigFile)
  } catch (err) {
    report.fail(name, errorText(err))
    return
  }

  const built = stringList(appJson.pages)
  const wanted = stringList(source.pages)
  report.check(
    'a. pages match src/app.config.ts',
    built.length > 0 && JSON.stringify(built) === JSON.stringify(wanted),
    `app.json ${JSON.stringify(built)}${JSON.stringify(built) === JSON.stringify(wanted) ? '' : `, source ${JSON.stringify(wanted)}`}`,
  )

  const tabList = isRecord(appJson.tabBar) && Array.isArray(appJson.tabBar.list) ? appJson.tabBar.list.filter(isRecord) : []
  const tabs = tabList.map((t) => `${String(t.text)}→${String(t.pagePath)}`)
  const texts = tabList.map((t) => t.text)
  const tabPagesExist = tabList.every((t) => typeof t.pagePath === 'string' && built.includes(t.pagePath))
  report.check(
    'a. tabBar has 首页 and 我的',
    texts.includes('首页') && texts.includes('我的') && tabPagesExist,
    tabs.length ? `${tabs.join(', ')}${tabPagesExist ? '' : ' (a tab points at a page not in pages)'}` : 'no tabBar.list in app.json',
  )

  // WeChat needs .js/.json/.wxml per page; .wxss is optional (Taro writes none for a page that
  // imports no CSS), so a missing .wxss is reported but does not fail the build.
  const missing: string[] = []
  const noStyle: string[] = []
  const pages = allPages(appJson)
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) if (!fs.existsSync(path.join(distDir, page + ext))) missing.push(page + ext)
    if (!fs.existsSync(path.join(distDir, `${page}.wxss`))) noStyle.push(`${page}.wxss`)
  }
  report.check(
    'a. every page has its .js/.json/.wxml (.wxss optional)',
    missing.length === 0,
    missing.length ? `missing ${missing.join(', ')}` : `${pages.length} pages, ${pages.length * 3 + pages.length - noStyle.length} files`,
  )
  if (noStyle.length) report.note(`no stylesheet (optional in WeChat, the page imports no CSS): ${noStyle.join(', ')}`)

  report.check(
    'a. __usePrivacyCheck__ is true',
    appJson.__usePrivacyCheck__ === true,
    `app.json __usePrivacyCheck__ = ${JSON.stringify(appJson.__usePrivacyCheck__)}`,
  )

  if (subpackageRoots(appJson).length) report.note(`subpackages: ${subpackageRoots(appJson).join(', ')}`)
}

function listJs(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listJs(path.join(dir, entry.name), rel))
    else if (entry.name.endsWith('.js')) out.push(rel)
  }
  return out
}

/**
 * WeChat's JS engine has no `process`. Taro inlines `process.env.TARO_APP_*` only for keys listed
 * in a .env file (a shell variable of the same name then overrides the file's value) or in
 * config `env`; any other reference reaches the bundle as is. There it either throws a
 * ReferenceError when its module runs, or, read through a try/catch, is always missing, so
 * the setting can never be made for the weapp build.
 */
export function checkNoNodeGlobals(report: Report, distDir: string): void {
  const leaks: string[] = []
  for (const file of listJs(distDir)) {
    const code = fs.readFileSync(path.join(distDir, file), 'utf8')
    for (const m of code.matchAll(/(?<![\w$.'"`])process\.env\.(\w+)/g)) leaks.push(`${file}: process.env.${m[1]}`)
  }
  report.check(
    'a. every process.env read inlined at build time',
    leaks.length === 0,
    leaks.length
      ? `left in the bundle: ${leaks.join('; ')}. WeChat has no \`process\`, so these are never set on a phone; list the keys in a committed .env (empty values are fine) so Taro inlines them and the shell can override`
      : 'no process.env reference left in the bundle',
  )
}
