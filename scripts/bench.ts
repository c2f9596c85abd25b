/**
 * `npm run bench [-- --scale full]`: the figures the foundation promises, as ratios and
 * budgets that survive a noisy machine rather than absolute times asserted in tests.
 *  - weapp main package against WeChat's 2 MB limit and against Taro's bare React template;
 *  - server cold start on existing data (median of several starts);
 *  - myHome p50/p95 over HTTP, beside the same lookups run directly as SQL on PostgreSQL.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Pool } from 'pg'
import { startTestServer, type TestServer } from '../test/integration/support/server'
import { measureWeappSize } from './bench/weapp-size'
import { ROOT } from './lib/build'

type Scale = 'demo' | 'full'
const scale: Scale = process.argv.includes('--scale') && process.argv[process.argv.indexOf('--scale') + 1] === 'full' ? 'full' : 'demo'
const REQUESTS = 400
const SAMPLE = 100
const COLD_STARTS = 3
const BUDGET = { mainPackageBytes: 2 * 1024 * 1024, coldStartMs: scale === 'full' ? 30_000 : 15_000 }

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`

/** A data dir holding the street at this scale, seeded once and reused by later runs. */
async function preparedDataDir(): Promise<string> {
  const dir = path.join(ROOT, '.data', `bench-${scale}`)
  if (fs.existsSync(path.join(dir, 'seeded'))) return dir
  fs.mkdirSync(dir, { recursive: true })
  console.log(`准备 ${scale} 规模数据（只在第一次运行时）…`)
  const t0 = Date.now()
  const seed = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/seed.ts', '--scale', scale, '--reset'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir },
    stdio: 'inherit',
  })
  if (seed.status !== 0) throw new Error('seeding failed')
  fs.writeFileSync(path.join(dir, 'seeded'), new Date().toISOString())
  console.log(`  用时 ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  return dir
}

async function coldStarts(dir: string): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < COLD_STARTS; i++) {
    const t0 = Date.now()
    const server = await startTestServer({ RATE_LIMITS: 'off' }, dir)
    times.push(Date.now() - t0)
    await server.stop()
  }
  return times
}

/** Sessions for a deterministic sample of residents with a home, made directly in the table. */
async function sampleSessions(pool: Pool): Promise<Array<{ userId: string; token: string }>> {
  const { rows } = await pool.query<{ user: string }>(
    `SELECT "user" FROM "Resident" WHERE "building" IS NOT NULL AND "user" IS NOT NULL ORDER BY md5("objectId") LIMIT $1`,
    [SAMPLE],
  )
  const sessions = rows.map((r) => ({ userId: r.user, token: `r:bench${crypto.randomBytes(12).toString('hex')}` }))
  for (const s of sessions) {
    await pool.query(
      `INSERT INTO "_Session" ("objectId", "sessionToken", "user", "expiresAt", "createdWith", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, now() + interval '1 day', '{"action":"login","authProvider":"bench"}', now(), now())`,
      [crypto.randomBytes(5).toString('hex'), s.token, s.userId],
    )
  }
  return sessions
}

async function timeMyHome(server: TestServer, sessions: Array<{ token: string }>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    const { token } = sessions[i % sessions.length]
    const t0 = process.hrtime.bigint()
    const res = await fetch(`${server.base}/functions/myHome`, {
      method: 'POST',
      headers: { 'X-Parse-Application-Id': 'tongxin', 'X-Parse-Session-Token': token, 'Content-Type': 'application/json' },
      body: '{}',
    })
    await res.json()
    if (!res.ok) throw new Error(`myHome failed: ${res.status}`)
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return times
}

/** The lookups myHome makes, as plain SQL on the same tables: the floor for the same answer. */
async function timeDirectSql(pool: Pool, sessions: Array<{ userId: string; token: string }>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    const { userId, token } = sessions[i % sessions.length]
    const t0 = process.hrtime.bigint()
    await pool.query(`SELECT s."user" FROM "_Session" s JOIN "_User" u ON u."objectId" = s."user" WHERE s."sessionToken" = $1`, [token])
    const home = await pool.query<{ building: string; leader: string | null }>(
      `SELECT r."room", b."objectId" AS building, b."name", cp."name" AS compound, c."name" AS community, c."servicePhone", c."address",
              st."name" AS street, mg."name" AS micro, mg."leader", g."name" AS grid
         FROM "Resident" r JOIN "Building" b ON b."objectId" = r."building" JOIN "Compound" cp ON cp."objectId" = b."compound"
         JOIN "Community" c ON c."objectId" = b."community" JOIN "Street" st ON st."objectId" = b."street"
         LEFT JOIN "MicroGrid" mg ON mg."objectId" = b."microGrid" LEFT JOIN "Grid" g ON g."objectId" = mg."grid"
        WHERE r."user" = $1`,
      [userId],
    )
    const { building, leader } = home.rows[0]
    const steward = await pool.query<{ steward: string }>(
      `SELECT "steward" FROM "StewardAssignment" WHERE "building" = $1 AND "endedAt" IS NULL ORDER BY "startedAt" LIMIT 1`,
      [building],
    )
    await pool.query(`SELECT "user", "name", "phone" FROM "Resident" WHERE "user" = ANY($1)`, [[steward.rows[0]?.steward, leader].filter(Boolean)])
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return times
}

async function main(): Promise<void> {
  console.log(`同心社区 benchmark — scale ${scale}, ${REQUESTS} requests over ${SAMPLE} residents\n`)

  const size = await measureWeappSize()
  const sizeOk = size.mainBytes < BUDGET.mainPackageBytes
  console.log(`weapp main package   ${kb(size.mainBytes)} = ${((100 * size.mainBytes) / BUDGET.mainPackageBytes).toFixed(1)}% of the 2 MB limit ${sizeOk ? '✓' : '✗'}`)
  console.log(`                     bare Taro React template ${kb(size.bareTemplateBytes)}; Tongxin is ${(size.mainBytes / size.bareTemplateBytes).toFixed(2)}× the bare template; all packages ${kb(size.totalBytes)}`)

  const dir = await preparedDataDir()
  const starts = await coldStarts(dir)
  const coldMedian = percentile(starts, 50)
  const coldOk = coldMedian < BUDGET.coldStartMs
  console.log(`server cold start    median ${(coldMedian / 1000).toFixed(1)} s of ${COLD_STARTS} starts on existing ${scale} data (budget ${BUDGET.coldStartMs / 1000} s) ${coldOk ? '✓' : '✗'}`)

  const server = await startTestServer({ RATE_LIMITS: 'off' }, dir)
  const uri = `postgres://postgres:${fs.readFileSync(path.join(dir, 'pg-password'), 'utf8').trim()}@127.0.0.1:${await pgPort(dir)}/tongxin`
  const pool = new Pool({ connectionString: uri, max: 2 })
  try {
    const sessions = await sampleSessions(pool)
    await timeMyHome(server, sessions.slice(0, 10)) // warm caches and JIT before measuring
    const api = await timeMyHome(server, sessions)
    const sql = await timeDirectSql(pool, sessions)
    const [a50, a95, s50, s95] = [percentile(api, 50), percentile(api, 95), percentile(sql, 50), percentile(sql, 95)]
    console.log(`myHome over HTTP     p50 ${ms(a50)}  p95 ${ms(a95)}`)
    console.log(`same lookups in SQL  p50 ${ms(s50)}  p95 ${ms(s95)}   (Parse + HTTP overhead: ×${(a50 / s50).toFixed(1)} at p50)`)
    await pool.query(`DELETE FROM "_Session" WHERE "sessionToken" LIKE 'r:bench%'`)
  } finally {
    await pool.end()
    await server.stop()
  }
  if (!sizeOk || !coldOk) process.exitCode = 1
}

/** The embedded PostgreSQL's port, from its postmaster.pid (line 4). */
async function pgPort(dir: string): Promise<number> {
  return Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3])
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
