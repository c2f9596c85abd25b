/**
 * The weapp main package against WeChat's 2 MB limit and against Taro's bare React template.
 *
 * The baseline is scripts/bench/bare-template: `taro init`'s default React + TypeScript
 * template (one page, a View with 'Hello world!'), built by the same Taro CLI, webpack5 runner
 * and browserslist as the app. It has no node_modules of its own: Node's resolution walks up
 * from it to the repo's, so the versions cannot drift apart. The ratio to it shows what the app
 * adds on top of Taro's own runtime, which no app can avoid.
 *
 * `npx tsx scripts/bench/weapp-size.ts` prints the figures.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { MAIN_PACKAGE_LIMIT, measurePackages } from '@test/weapp/lib/sizes'
import { ensureBuilt, ROOT } from '../lib/build'

const BARE_DIR = path.join(__dirname, 'bare-template')
const BARE_DIST = path.join(BARE_DIR, 'dist', 'weapp')
/** What the baseline build depends on: its own files, and the Taro CLI that builds it. */
const BARE_SOURCES = ['src', 'config', 'babel.config.js', 'package.json', 'project.config.json', 'tsconfig.json'].map((p) => path.join(BARE_DIR, p))
const TARO_CLI_PACKAGE = path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'package.json')

export interface WeappSize {
  mainBytes: number
  totalBytes: number
  bareTemplateBytes: number
}

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(p).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(p, entry))), stat.mtimeMs)
}

function bareStaleReason(): string | null {
  const marker = path.join(BARE_DIST, 'app.json')
  if (!fs.existsSync(marker)) return 'not built yet'
  const built = fs.statSync(marker).mtimeMs
  const changed = [...BARE_SOURCES, TARO_CLI_PACKAGE].find((p) => newestMtime(p) > built)
  return changed ? `${path.relative(ROOT, changed)} changed since its last build` : null
}

/** Builds the bare template's weapp output when missing or stale. */
function ensureBareBuilt(log: (line: string) => void): void {
  const reason = bareStaleReason()
  if (!reason) return
  log(`Building the bare Taro template (${reason})…`)
  // Taro reads config/, .env and package.json from the working directory: run it from the template.
  const taro = path.join(ROOT, 'node_modules', '.bin', 'taro')
  const res = spawnSync(taro, ['build', '--type', 'weapp'], {
    cwd: BARE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    process.stderr.write(res.stdout)
    process.stderr.write(res.stderr)
    throw new Error(`taro build --type weapp in ${path.relative(ROOT, BARE_DIR)} failed (exit ${res.status})`)
  }
  // Taro may keep old mtimes on unchanged files: stamp the build's time on app.json.
  const now = new Date()
  fs.utimesSync(path.join(BARE_DIST, 'app.json'), now, now)
}

/** Main and total bytes of dist/weapp (built when missing or stale) and the bare template's main package. */
export async function measureWeappSize(log: (line: string) => void = console.log): Promise<WeappSize> {
  ensureBuilt('weapp', log)
  ensureBareBuilt(log)
  const app = measurePackages(path.join(ROOT, 'dist', 'weapp'))
  const bare = measurePackages(BARE_DIST)
  return { mainBytes: app.mainBytes, totalBytes: app.totalBytes, bareTemplateBytes: bare.mainBytes }
}

if (require.main === module) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  measureWeappSize().then(
    (size) => {
      const taro = (JSON.parse(fs.readFileSync(TARO_CLI_PACKAGE, 'utf8')) as { version?: string }).version ?? '?'
      console.log(`mainBytes          ${size.mainBytes} (${kb(size.mainBytes)})`)
      console.log(`totalBytes         ${size.totalBytes} (${kb(size.totalBytes)})`)
      console.log(`bareTemplateBytes  ${size.bareTemplateBytes} (${kb(size.bareTemplateBytes)}, Taro ${taro} React template)`)
      console.log(`main / 2 MB limit  ${((100 * size.mainBytes) / MAIN_PACKAGE_LIMIT).toFixed(1)}%`)
      console.log(`main / bare        ${(size.mainBytes / size.bareTemplateBytes).toFixed(2)}× (${kb(size.mainBytes - size.bareTemplateBytes)} on top of Taro's runtime)`)
    },
    (err: unknown) => {
      console.error(err)
      process.exitCode = 1
    },
  )
}
