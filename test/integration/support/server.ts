/**
 * A real Tongxin server process on a throwaway embedded PostgreSQL (random port, temporary
 * data dir), started exactly as `npm run server` starts it and stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')
const READY = /Tongxin server ready: (http:\/\/\S+)\/parse/

export interface TestServer {
  base: string
  dataDir: string
  child: ChildProcess
  /** Everything the process printed, for failure messages. */
  output(): string
  /** SIGTERM, then waits; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
  /** stop() and remove the temporary data dir. */
  close(): Promise<void>
}

export function spawnServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/index.ts')], {
    cwd: ROOT,
    // Demo mode is never a default: the tests ask for it, like `npm start` does.
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', H5_DIR: '', DASHBOARD: 'off', LOG_LEVEL: 'silent', DEMO: 'on', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export async function startTestServer(env: Record<string, string> = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-it-'))
  const child = spawnServer({ DATA_DIR: dir, ...env })
  let out = ''
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${out}`)), 90_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const m = READY.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(`${m[1]}/parse`)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${out}`))
    })
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }
  return {
    base,
    dataDir: dir,
    child,
    output: () => out,
    stop,
    async close() {
      await stop()
      if (!dataDir) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The demo accounts by role, as the seed numbers them (see README). */
export const DEMO = {
  resident: '13900000001',
  senior: '13900000002',
  newcomer: '13900000003',
  steward: '13900000004',
  otherSteward: '13900000005',
  gridLeader: '13900000006',
  communityStaff: '13900000007',
  streetStaff: '13900000008',
  /** Community staff of another community (庆丰社区): may not review 杨家门社区's registrations. */
  otherCommunityStaff: '13900000009',
} as const

/** The master key the server generated in its data dir (for runJobs, setTestClock). */
export function masterKeyOf(server: TestServer): string {
  return fs.readFileSync(path.join(server.dataDir, 'master-key'), 'utf8').trim()
}
