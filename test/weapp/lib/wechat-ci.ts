/**
 * Check c: WeChat's own compiler and code-quality checks (miniprogram-ci), offline.
 *
 * miniprogram-ci lives in test/weapp-ci (its old @babel/core breaks babel-jest), so it is
 * required from there. It normally asks WeChat's servers for two things:
 *  - the account's settings (`getattr`): supplied here by the `attr` option of `ci.Project`,
 *    which CIProject calls instead of the server when it is a function;
 *  - the list of file extensions an upload may contain (`getwhiteextlist`): answered by a stub
 *    with the list miniprogram-ci itself ships.
 * Every other request is refused and fails the check, and Node's http/https are guarded too,
 * so nothing reaches WeChat and nothing is skipped silently.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { errorText, kib, type Report } from './report'
import { fnProp, isRecord } from './values'

/** The subset of miniprogram-ci's API used here; checked at run time by `loadCi`. */
interface CiProjectOptions {
  appid: string
  type: 'miniProgram'
  projectPath: string
  privateKeyPath: string
  ignores: string[]
  attr: () => Promise<AccountAttr>
}
type CiProject = object
interface CompileSettings {
  es6?: boolean
  minifyJS?: boolean
  minifyWXML?: boolean
  minifyWXSS?: boolean
  autoPrefixWXSS?: boolean
}
interface MiniprogramCi {
  Project: new (options: CiProjectOptions) => CiProject
  getCompiledResult(options: { project: CiProject; setting: CompileSettings; onProgressUpdate: (task: unknown) => void }): Promise<unknown>
  checkCodeQuality(project: CiProject): Promise<unknown>
  analyseCode(project: CiProject, option?: { silent: boolean }): Promise<unknown>
}

/** The account settings WeChat's `getattr` would return for an ordinary mini-program (sizes in MB). */
interface AccountAttr {
  platform: boolean
  appType: number
  isSandbox: boolean
  released: boolean
  setting: Record<string, number>
}
const ACCOUNT_ATTR: AccountAttr = {
  platform: false,
  appType: 0,
  isSandbox: false,
  released: false,
  setting: {
    MaxCodeSize: 2,
    MaxSubpackageSubCodeSize: 2,
    MaxSubpackageFullCodeSize: 20,
    NavigateMiniprogramLimit: 10,
    MaxSubPackageLimit: 100,
    MinTabbarCount: 2,
    MaxTabbarCount: 5,
    MaxCustomTabbarCount: 10,
    MaxTabbarIconSize: 40,
  },
}

/** What an upload with "compress on upload" does: ES6→ES5 through babel (which also parses every JS file), minify all. */
const COMPILE_SETTINGS: CompileSettings = { es6: true, minifyJS: true, minifyWXML: true, minifyWXSS: true, autoPrefixWXSS: true }
const STEP_TIMEOUT_MS = 180_000

function loadCi(ciPackageJson: string): { ci: MiniprogramCi; ciRequire: NodeRequire } {
  const ciRequire = createRequire(ciPackageJson)
  const mod: unknown = ciRequire('miniprogram-ci')
  for (const key of ['getCompiledResult', 'checkCodeQuality', 'analyseCode', 'Project'])
    if (!fnProp(mod, key)) throw new Error(`miniprogram-ci has no ${key}(): not the 2.x API this check was written for`)
  return { ci: mod as MiniprogramCi, ciRequire }
}

/** Network calls miniprogram-ci tried, and the guards that answered or refused them. */
class NetworkGuard {
  readonly refused: string[] = []
  readonly stubbed: string[] = []
  private readonly restores: Array<() => void> = []

  install(ciRequire: NodeRequire): void {
    const whiteList: unknown = ciRequire('miniprogram-ci/dist/utils/white_ext_list')
    const miniProgram = isRecord(whiteList) && Array.isArray(whiteList.MiniProgramWhiteList) ? whiteList.MiniProgramWhiteList : []
    const game = isRecord(whiteList) && Array.isArray(whiteList.GameWhiteList) ? whiteList.GameWhiteList : []
    const requestModule: unknown = ciRequire('miniprogram-ci/dist/utils/request')
    if (!fnProp(requestModule, 'request')) throw new Error('miniprogram-ci/dist/utils/request has no request(): cannot keep it offline')

    const fakeRequest = (options: unknown): Promise<{ body: string }> => {
      const url = isRecord(options) && typeof options.url === 'string' ? options.url : String(options)
      if (url.includes('/wxa/ci/getwhiteextlist')) {
        this.stubbed.push('getwhiteextlist → the extension list miniprogram-ci ships')
        return Promise.resolve({ body: JSON.stringify({ errCode: 0, data: { miniProgram, game } }) })
      }
      this.refused.push(url)
      return Promise.reject(new Error(`offline check: refused request to ${url}`))
    }
    this.patch(requestModule, 'request', fakeRequest)
    this.patch(requestModule, 'simpleRequest', (options: unknown) => {
      this.refused.push(isRecord(options) && typeof options.url === 'string' ? options.url : 'simpleRequest')
      throw new Error('offline check: refused simpleRequest')
    })
    // Backstop for any code path that bypasses miniprogram-ci's request helper.
    for (const [name, mod] of [['http', http], ['https', https]] as const) {
      for (const fn of ['request', 'get']) {
        this.patch(mod, fn, (...args: unknown[]) => {
          const first = args[0]
          const target = first instanceof URL ? first.href : isRecord(first) ? String(first.hostname ?? first.host ?? '?') : String(first)
          this.refused.push(`${name}.${fn} ${target}`)
          throw new Error(`offline check: refused ${name}.${fn} to ${target}`)
        })
      }
    }
  }

  private patch(target: unknown, key: string, replacement: unknown): void {
    if (typeof target !== 'object' || target === null) return
    const original: unknown = Reflect.get(target, key)
    Reflect.set(target, key, replacement)
    this.restores.push(() => Reflect.set(target, key, original))
  }

  uninstall(): void {
    for (const restore of this.restores.reverse()) restore()
    this.restores.length = 0
  }
}

/** miniprogram-ci talks through console; kept, and shown when a step fails. */
class ConsoleCapture {
  readonly lines: Array<{ level: 'log' | 'info' | 'warn' | 'error'; text: string }> = []
  private saved: Pick<Console, 'log' | 'info' | 'warn' | 'error'> | null = null

  start(): void {
    if (this.saved) return
    this.saved = { log: console.log, info: console.info, warn: console.warn, error: console.error }
    for (const level of ['log', 'info', 'warn', 'error'] as const) {
      console[level] = (...args: unknown[]) => {
        this.lines.push({ level, text: args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : safeJson(a))).join(' ') })
      }
    }
  }

  stop(): void {
    if (this.saved) Object.assign(console, this.saved)
    this.saved = null
  }

  since(index: number, level?: 'warn' | 'error'): string[] {
    return this.lines.slice(index).filter((l) => !level || l.level === level).map((l) => l.text)
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/** Babel's code frame repeats the whole minified line: keep messages readable. */
function clip(text: string, lines = 12, width = 240): string {
  return text
    .split('\n')
    .slice(0, lines)
    .map((l) => (l.length > width ? `${l.slice(0, width)}…` : l))
    .join('\n      ')
}

async function withTimeout<T>(label: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    // Not unref'd: if miniprogram-ci stops with nothing pending, this timer still ends the wait.
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function makeKeyFile(): { file: string; cleanup: () => void } {
  // Any RSA key will do: it would only sign requests to WeChat, and none are sent.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-weapp-ci-'))
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const file = path.join(dir, 'private.key')
  fs.writeFileSync(file, privateKey, { mode: 0o600 })
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

function byteLength(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value)
  if (value instanceof Uint8Array) return value.byteLength
  return 0
}

export async function checkWithWechatCi(report: Report, distDir: string, ciPackageJson: string): Promise<void> {
  const out = new ConsoleCapture()
  let loaded: ReturnType<typeof loadCi>
  try {
    out.start()
    loaded = loadCi(ciPackageJson)
    out.stop()
  } catch (err) {
    out.stop()
    report.fail('c. miniprogram-ci loads from test/weapp-ci', `${errorText(err)} (run: npm --prefix test/weapp-ci ci)`)
    return
  }
  const { ci, ciRequire } = loaded
  const guard = new NetworkGuard()
  const key = makeKeyFile()
  let attrCalls = 0
  try {
    guard.install(ciRequire)
    out.start()
    const project = new ci.Project({
      appid: 'touristappid',
      type: 'miniProgram',
      projectPath: distDir,
      privateKeyPath: key.file,
      ignores: [],
      attr: async () => {
        attrCalls++
        return ACCOUNT_ATTR
      },
    })

    // 1. WeChat's compiler, as an upload runs it.
    let mark = out.lines.length
    try {
      const started = Date.now()
      const result = await withTimeout('getCompiledResult', ci.getCompiledResult({ project, setting: COMPILE_SETTINGS, onProgressUpdate: () => undefined }))
      const files = isRecord(result) ? Object.entries(result) : []
      const bytes = files.reduce((n, [, v]) => n + byteLength(v), 0)
      const helpers = files.filter(([name]) => name.startsWith('@babel/runtime/')).length
      out.stop()
      report.check(
        'c. WeChat compiler (miniprogram-ci getCompiledResult, ES6→ES5 + minify)',
        files.length > 0 && guard.refused.length === 0,
        files.length === 0
          ? 'compiled nothing'
          : `no compile error; ${files.length} output files (${helpers} of them babel helpers for ES5), ${kib(bytes)} as WeChat would upload it, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )
    } catch (err) {
      out.stop()
      const code = isRecord(err) && err.code !== undefined ? ` [code ${String(err.code)}]` : ''
      report.fail('c. WeChat compiler (miniprogram-ci getCompiledResult, ES6→ES5 + minify)', `compile error${code}: ${clip(errorText(err))}`)
      for (const line of out.since(mark, 'error').slice(-5)) report.note(clip(line, 3))
    }

    // 2. Dependency analysis: every require, usingComponents, import/include and wxs must resolve.
    out.start()
    mark = out.lines.length
    try {
      const analysis = await withTimeout('analyseCode', ci.analyseCode(project))
      out.stop()
      // The analyser reports each failure as two warnings: which module, then the Error itself.
      const problems = [
        ...new Set(
          out
            .since(mark, 'warn')
            .map((l) => l.split('\n')[0].replace(/^Error: /, ''))
            .filter((l) => /Couldn't resolve|build failed/i.test(l)),
        ),
      ]
      const files = isRecord(analysis) && Array.isArray(analysis.files) ? analysis.files.filter(isRecord) : []
      const mainBytes = files.filter((f) => f.subPackage == null).reduce((n, f) => n + (typeof f.size === 'number' ? f.size : 0), 0)
      const modules = isRecord(analysis) && Array.isArray(analysis.modules) ? analysis.modules.length : 0
      report.check(
        'c. WeChat code analysis (analyseCode): all dependencies resolve',
        files.length > 0 && problems.length === 0,
        problems.length
          ? `${problems.length} problem(s): ${problems.join('; ')}`
          : `${files.length} files, ${modules} modules, main package ${kib(mainBytes)} as WeChat's analyser counts it`,
      )
    } catch (err) {
      out.stop()
      report.fail('c. WeChat code analysis (analyseCode): all dependencies resolve', clip(errorText(err)))
    }

    // 3. The code-quality panel of WeChat DevTools. Its items are advice (compression switches,
    // unused files); the line fails only if the checker itself breaks, since miniprogram-ci
    // counts a checker that throws as a success and only logs the error.
    out.start()
    mark = out.lines.length
    try {
      const result = await withTimeout('checkCodeQuality', ci.checkCodeQuality(project))
      out.stop()
      const items = Array.isArray(result) ? result.filter(isRecord) : []
      const thrown = out.since(mark, 'error')
      const failures = items.filter((i) => i.success === false)
      report.check(
        'c. WeChat code quality (checkCodeQuality)',
        items.length > 0 && thrown.length === 0,
        thrown.length
          ? `a quality checker threw: ${clip(thrown.join('\n'), 6)}`
          : `${items.length} items checked, ${items.length - failures.length} passed, ${failures.length} advice below`,
      )
      for (const item of items) {
        const detail = item.name === 'PACKAGE_SIZE_LIMIT' && isRecord(item.detail) ? ` (${Object.entries(item.detail).map(([k, v]) => `${k} ${typeof v === 'number' ? kib(v) : String(v)}`).join(', ')})` : ''
        if (item.success === false || detail) report.note(`${item.success === false ? 'quality ✗' : 'quality ✓'} ${String(item.name)}: ${String(item.text)}${detail}`)
      }
    } catch (err) {
      out.stop()
      report.fail('c. WeChat code quality (checkCodeQuality)', clip(errorText(err)))
    }

    report.check(
      'c. offline: nothing reached WeChat',
      guard.refused.length === 0 && attrCalls > 0,
      guard.refused.length
        ? `refused ${guard.refused.join(', ')}`
        : attrCalls === 0
          ? 'the attr option was never asked for the account settings: this miniprogram-ci gets them some other way'
          : `account settings from the attr option (asked ${attrCalls}×), stubbed ${[...new Set(guard.stubbed)].join('; ') || 'nothing'}, no other request`,
    )
  } catch (err) {
    out.stop()
    report.fail('c. miniprogram-ci', clip(errorText(err)))
  } finally {
    out.stop()
    guard.uninstall()
    key.cleanup()
  }
}
