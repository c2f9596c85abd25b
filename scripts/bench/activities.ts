/**
 * The red-summons rush at full size (issue #5): 2,000 residents tap 报名 at the same moment for an
 * activity of 300 places. Reports the confirmed count (must be exactly 300, checked in the
 * database too), the waiting list, p50/p99 latency and errors. The people, their sessions and the
 * activity are made directly in the tables and removed afterwards.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { Pool } from 'pg'

export const RUSH = { people: 2000, places: 300 }

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const id = () => crypto.randomBytes(5).toString('hex')

export interface RushResult {
  confirmed: number
  waitlisted: number
  errors: number
  confirmedInDb: number
  p50: number
  p99: number
  wallMs: number
}

async function prepare(pool: Pool): Promise<{ activityId: string; tokens: string[] }> {
  const [{ street, community }] = (await pool.query<{ street: string; community: string }>(`SELECT "street", "objectId" AS community FROM "Community" ORDER BY "code" LIMIT 1`)).rows
  const [{ organiser }] = (await pool.query<{ organiser: string }>(`SELECT "objectId" AS organiser FROM "_User" LIMIT 1`)).rows
  const users = Array.from({ length: RUSH.people }, () => id())
  const tokens = users.map(() => `r:benchrush${crypto.randomBytes(12).toString('hex')}`)
  await pool.query(
    `INSERT INTO "_User" ("objectId", "username", "_rperm", "_wperm", "createdAt", "updatedAt")
     SELECT u, 'benchrush_' || u, '{}', '{}', now(), now() FROM unnest($1::text[]) AS u`,
    [users],
  )
  await pool.query(
    `INSERT INTO "Resident" ("objectId", "user", "name", "street", "community", "verified", "_rperm", "_wperm", "createdAt", "updatedAt")
     SELECT 'br' || substr(u, 1, 8), u, 'benchrush', $2, $3, true, '{}', '{}', now(), now() FROM unnest($1::text[]) AS u`,
    [users, street, community],
  )
  await pool.query(
    `INSERT INTO "_Session" ("objectId", "sessionToken", "user", "expiresAt", "createdWith", "createdAt", "updatedAt")
     SELECT substr(md5(t), 1, 10), t, u, now() + interval '1 day', '{"action":"login","authProvider":"bench"}', now(), now()
     FROM unnest($1::text[], $2::text[]) AS x(u, t)`,
    [users, tokens],
  )
  const activityId = id()
  await pool.query(
    `INSERT INTO "Activity" ("objectId", "title", "theme", "street", "communityIds", "startsAt", "endsAt", "signupDeadline", "placeText",
       "capacity", "confirmedCount", "waitlistCount", "signupSeq", "organiser", "createdBy", "status", "_rperm", "_wperm", "createdAt", "updatedAt")
     VALUES ($1, 'benchrush 清洁家园', '清洁家园', $2, '[]', now() + interval '2 days', now() + interval '2 days 3 hours', now() + interval '1 day',
       '广场', $3, 0, 0, 0, $4, $4, 'open', '{}', '{}', now(), now())`,
    [activityId, street, RUSH.places, organiser],
  )
  return { activityId, tokens }
}

async function cleanUp(pool: Pool, activityId: string): Promise<void> {
  await pool.query(`DELETE FROM "ActivitySignup" WHERE "activity" = $1`, [activityId])
  await pool.query(`DELETE FROM "Activity" WHERE "objectId" = $1`, [activityId])
  await pool.query(`DELETE FROM "_Session" WHERE "sessionToken" LIKE 'r:benchrush%'`)
  await pool.query(`DELETE FROM "Resident" WHERE "name" = 'benchrush'`)
  await pool.query(`DELETE FROM "_User" WHERE "username" LIKE 'benchrush\\_%'`)
}

// 2,000 simultaneous connects overflow the listen backlog (511) and time out in the client, which
// is not what is measured: like a proxy in front, the bench keeps up to 256 connections open and
// queues the rest. Latency is from the tap (the start) to the answer, queueing included.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

type Reply = { status: number; json: { result?: { status: string }; error?: string } }

function post(base: string, path: string, token: string, body: unknown): Promise<Reply> {
  const url = new URL(`${base}${path}`)
  const data = JSON.stringify(body)
  const headers = { 'X-Parse-Application-Id': 'tongxin', 'X-Parse-Session-Token': token, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) }
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Reply['json'] })
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)))
        }
      })
    })
    req.on('error', reject)
    req.end(data)
  })
}

/** Fires every sign-up at once against the running server (rate limits off) and measures each. */
export async function benchRush(base: string, pool: Pool): Promise<RushResult> {
  const { activityId, tokens } = await prepare(pool)
  try {
    const times: number[] = []
    let confirmed = 0
    let waitlisted = 0
    let errors = 0
    const firstErrors = new Set<string>()
    const t0 = Date.now()
    await Promise.all(
      tokens.map(async (token) => {
        const start = process.hrtime.bigint()
        try {
          const res = await post(base, '/functions/signUpForActivity', token, { activityId })
          if (res.status !== 200) {
            errors++
            firstErrors.add(`${res.status} ${res.json.error ?? ''}`)
          } else if (res.json.result?.status === 'confirmed') confirmed++
          else waitlisted++
        } catch (err) {
          errors++
          firstErrors.add(err instanceof Error ? err.message : String(err))
        }
        times.push(Number(process.hrtime.bigint() - start) / 1e6)
      }),
    )
    const wallMs = Date.now() - t0
    if (firstErrors.size) console.log(`rush errors: ${[...firstErrors].slice(0, 5).join(' | ')}`)
    const [{ n }] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ActivitySignup" WHERE "activity" = $1 AND "status" = 'confirmed'`, [activityId])).rows
    return { confirmed, waitlisted, errors, confirmedInDb: n, p50: percentile(times, 50), p99: percentile(times, 99), wallMs }
  } finally {
    await cleanUp(pool, activityId)
  }
}
