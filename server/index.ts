/**
 * The backend process: database (embedded or external), Parse Server, dashboard, H5 app.
 * `npm run server` runs this file; `npm start` and the tests call boot().
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError, loadConfig, type ServerConfig } from './config'
import { DataDirBusyError, openDatabase, type Database } from './database'
import { startServer, type RunningServer } from './app'
import { isSeeded, seedDatabase } from './seed/run'
import { createReadiness } from './http/readiness'

export interface Booted {
  config: ServerConfig
  server: RunningServer
  db: Database
  dashboard: { user: string; pass: string } | null
  seeded: boolean
  /** Shuts down in order: HTTP and LiveQuery, the pools, then PostgreSQL. */
  close(): Promise<void>
}

export interface BootOptions {
  log?: (line: string) => void
  /** Seed the demo data when the database is empty and demo mode is on (default true). */
  seedIfEmpty?: boolean
}

function dashboardCredentials(config: ServerConfig): { user: string; pass: string } {
  const user = process.env.DASHBOARD_USER || 'admin'
  if (process.env.DASHBOARD_PASSWORD) return { user, pass: process.env.DASHBOARD_PASSWORD }
  if (config.production) throw new ConfigError('NODE_ENV=production needs DASHBOARD_PASSWORD (or DASHBOARD=off)')
  const file = path.join(config.dataDir, 'dashboard-password')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(9).toString('base64url') + '\n', { mode: 0o600 })
  }
  return { user, pass: fs.readFileSync(file, 'utf8').trim() }
}

/** Printed whenever demo mode is on, so nobody runs it by mistake where real people sign in. */
export const DEMO_BANNER = [
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!! 警告：演示模式已开启（DEMO=on）。',
  '!! 任何人输入演示账号的手机号即可登录，切勿用于真实居民的数据。',
  '!! 上线请设置 DEMO=off。',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
].join('\n')

export async function boot(config: ServerConfig, opts: BootOptions = {}): Promise<Booted> {
  const log = opts.log ?? ((line: string) => console.log(line))
  if (config.demo) console.warn(DEMO_BANNER)
  const readiness = createReadiness()
  const db = await openDatabase(config.databaseUri, { dataDir: config.dataDir, log: () => {} })
  readiness.done('database')
  let server: RunningServer
  try {
    const dashboard = config.dashboard ? dashboardCredentials(config) : null
    server = await startServer({ config, databaseUri: db.uri, dashboardCredentials: dashboard ?? undefined, log, readiness })
    // Health answers 503 from here until the seed is written (see server/http/readiness.ts).
    log(`HTTP listening: ${server.url} (health 503 until ready)`)
    let seeded = false
    if (config.demo && opts.seedIfEmpty !== false && !(await isSeeded(server.pool))) {
      log('首次启动：正在生成演示数据（demo 规模）…')
      await seedDatabase(server.pool, { scale: 'demo' })
      seeded = true
    }
    readiness.done('seed')
    return {
      config,
      server,
      db,
      dashboard,
      seeded,
      async close() {
        expectDatabaseShutdown()
        await server.close()
        await db.stop()
      },
    }
  } catch (err) {
    await db.stop()
    throw err
  }
}

/** PostgreSQL's "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01'

/**
 * Once we stop the database, a connection somewhere inside Parse or pg may still learn of it
 * after its pool has let go of it, and Parse's own uncaught-exception handler would turn that
 * expected news into exit 1. From here on that one error is ignored; any other still fails.
 */
function expectDatabaseShutdown(): void {
  process.removeAllListeners('uncaughtException')
  process.on('uncaughtException', (err: Error & { code?: string }) => {
    if (err.code === ADMIN_SHUTDOWN) return
    console.error('uncaught exception during shutdown:', err)
    process.exit(1)
  })
}

/** Stops on SIGINT/SIGTERM in order; a second signal forces the exit. */
export function closeOnSignals(booted: Booted, log: (line: string) => void = console.log): void {
  let closing = false
  const stop = (signal: string) => {
    if (closing) process.exit(1)
    closing = true
    log(`${signal}: shutting down`)
    booted.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('shutdown failed', err)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

async function main(): Promise<void> {
  const config = loadConfig()
  const booted = await boot(config)
  closeOnSignals(booted)
  console.log(`Tongxin server ready: ${booted.server.url}/parse (readiness: ${booted.server.url}/parse/health, liveness: ${booted.server.url}/parse/live)`)
}

if (require.main === module) {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) console.error(`配置错误：${err.message}`)
    else if (err instanceof DataDirBusyError) console.error(err.message)
    else console.error(err)
    process.exit(1)
  })
}
