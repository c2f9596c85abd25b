/** Building blocks of the activity suites: valid activities, the test clock, many signed-in residents. */
import fs from 'node:fs'
import path from 'node:path'
import type { ActivityInput } from '@contract/api-activities'
import type { TestClient } from './client'
import type { TestDb } from './db'
import type { TestServer } from './server'

const HOUR = 3_600_000
let n = 0

/** An activity that passes every rule: starts `inHours` from `from`, lasts `hours`, sign-up closes an hour before. */
export function activity(from: Date, overrides: Partial<Record<keyof ActivityInput, unknown>> = {}, inHours = 48, hours = 3): ActivityInput {
  n += 1
  const start = from.getTime() + inHours * HOUR
  return {
    title: `测试活动${n}-${process.pid % 1000}`,
    theme: '清洁家园',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + hours * HOUR).toISOString(),
    signupDeadline: new Date(start - HOUR).toISOString(),
    place: { text: '杨家门社区党群服务中心门口' },
    capacity: 10,
    ...overrides,
  } as ActivityInput
}

/** Master-key calls (setTestClock, runJobs) as an operator on the server's host makes them. */
export function master(server: TestServer) {
  const key = fs.readFileSync(path.join(server.dataDir, 'master-key'), 'utf8').trim()
  const call = async <T>(name: string, body: unknown): Promise<T> => {
    const res = await fetch(`${server.base}/functions/${name}`, {
      method: 'POST',
      headers: { 'X-Parse-Application-Id': 'tongxin', 'X-Parse-Master-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as { result?: T; error?: string }
    if (!res.ok) throw new Error(`${name}: ${json.error}`)
    return json.result as T
  }
  return {
    setClock: (at: Date | null) => call<{ now: string }>('setTestClock', { at: at ? at.toISOString() : null }),
    runJobs: (names?: string[]) => call<{ done: Record<string, number> }>('runJobs', names ? { names } : {}),
  }
}

/** Signs in `count` seeded, verified residents (any community), skipping the demo accounts. */
export async function residents(api: TestClient, db: TestDb, count: number, offset = 0): Promise<Array<{ phone: string; token: string; userId: string; community: string }>> {
  const rows = await db.rows<{ phone: string; user: string; community: string }>(
    `SELECT "phone", "user", "community" FROM "Resident" WHERE "verified" = true AND "user" IS NOT NULL AND "phone" > '13900000020'
     ORDER BY "phone" OFFSET $1 LIMIT $2`,
    [offset, count],
  )
  const out: Array<{ phone: string; token: string; userId: string; community: string }> = []
  // A few at a time: logins are not what is under test.
  for (let i = 0; i < rows.length; i += 20) {
    const batch = rows.slice(i, i + 20)
    const tokens = await Promise.all(batch.map((r) => api.login(r.phone)))
    batch.forEach((r, k) => out.push({ phone: r.phone, token: tokens[k], userId: r.user, community: r.community }))
  }
  return out
}

export const HOURS = HOUR
