/** Red summons (#5): a rush of 200 residents for 50 places, and a crash in the middle of check-ins and confirmations. */
import { TestClient } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { activity, HOURS, master, residents } from './support/activities'
import { DEMO, startTestServer, type TestServer } from './support/server'

describe('a rush of sign-ups', () => {
  let server: TestServer
  let api: TestClient
  let db: TestDb

  beforeAll(async () => {
    server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
    api = new TestClient(server.base)
    db = openTestDb(server)
  })

  afterAll(async () => {
    await db?.close()
    await server?.close()
  })

  it('200 residents at once for 50 places: exactly 50 confirmed, 150 waitlisted in arrival order, no errors', async () => {
    const staff = await api.login(DEMO.streetStaff)
    const people = await residents(api, db, 200)
    expect(people).toHaveLength(200)
    const { activityId } = await api.ok('createActivity', activity(new Date(), { capacity: 50, communityIds: [] }), staff)
    // Everyone taps (some twice) at the same moment.
    const taps = [...people, ...people.slice(0, 40)]
    const replies = await Promise.all(taps.map((p) => api.call('signUpForActivity', { activityId }, p.token)))
    expect(replies.filter((r) => !r.ok)).toEqual([])
    const results = replies.map((r) => (r.ok ? r.result : null))
    const byUser = new Map<string, { status: string; position?: number }>()
    taps.forEach((p, i) => {
      const seen = byUser.get(p.userId)
      // A second tap answers what the first took.
      if (seen) expect(results[i]).toEqual(seen)
      else byUser.set(p.userId, results[i]!)
    })
    const outcomes = [...byUser.values()]
    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(50)
    const positions = outcomes.filter((o) => o.status === 'waitlisted').map((o) => o.position).sort((a, b) => a! - b!)
    expect(positions).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))

    const rows = await db.rows<{ user: string; status: string; seq: number }>('SELECT "user", "status", "seq" FROM "ActivitySignup" WHERE "activity" = $1 ORDER BY "seq"', [activityId])
    expect(rows).toHaveLength(200)
    // Arrival order: the first 50 to get through hold the places, the rest wait in the order they came.
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
    expect(rows.slice(0, 50).every((r) => r.status === 'confirmed')).toBe(true)
    expect(rows.slice(50).every((r) => r.status === 'waitlisted')).toBe(true)
    const [a] = await db.rows<{ confirmedCount: number; waitlistCount: number }>('SELECT "confirmedCount", "waitlistCount" FROM "Activity" WHERE "objectId" = $1', [activityId])
    expect(a).toEqual({ confirmedCount: 50, waitlistCount: 150 })

    // Ten confirmed people cancel at once: the first ten in line move up, still exactly 50.
    const confirmedUsers = rows.slice(0, 10).map((r) => r.user)
    const tokenOf = new Map(people.map((p) => [p.userId, p.token]))
    await Promise.all(confirmedUsers.map((u) => api.ok('cancelSignup', { activityId }, tokenOf.get(u)!)))
    const after = await db.rows<{ user: string; status: string }>(`SELECT "user", "status" FROM "ActivitySignup" WHERE "activity" = $1 AND "status" = 'confirmed' ORDER BY "seq"`, [activityId])
    expect(after).toHaveLength(50)
    expect(after.map((r) => r.user)).toEqual(rows.slice(10, 60).map((r) => r.user))
  })
})

describe('a crash during check-ins and confirmations', () => {
  it('after kill -9 and a restart, every credited hour is there exactly once', async () => {
    let server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
    const dataDir = server.dataDir
    let api = new TestClient(server.base)
    let db = openTestDb(server)
    try {
      const staff = await api.login(DEMO.streetStaff)
      const people = await residents(api, db, 60, 300)
      const start = Date.now() + 48 * HOURS
      const ids: string[] = []
      for (let i = 0; i < 6; i++) {
        const input = activity(new Date(), { capacity: 10, communityIds: [], startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * HOURS).toISOString(), signupDeadline: new Date(start - HOURS).toISOString() })
        const { activityId } = await api.ok('createActivity', input, staff)
        ids.push(activityId)
        await Promise.all(people.slice(i * 10, i * 10 + 10).map((p) => api.ok('signUpForActivity', { activityId }, p.token)))
      }
      const ops = master(server)
      await ops.setClock(new Date(start))
      const codes = await Promise.all(ids.map(async (activityId) => (await api.ok('issueCheckInCode', { activityId }, staff)).code))
      // The first half check in before the crash; the rest check in during it.
      await Promise.all(people.slice(0, 30).map((p, i) => api.ok('checkIn', { activityId: ids[Math.floor(i / 10)], code: codes[Math.floor(i / 10)] }, p.token)))
      // Confirmation may start once the activity has: volunteers checked in at the start earn its 2 hours.
      const burst = [
        ...people.slice(30).map((p, i) => api.call('checkIn', { activityId: ids[3 + Math.floor(i / 10)], code: codes[3 + Math.floor(i / 10)] }, p.token)),
        ...ids.flatMap((activityId) => [api.call('confirmAttendance', { activityId }, staff), api.call('confirmAttendance', { activityId }, staff)]),
      ].map((p) => p.catch(() => null))
      await new Promise((r) => setTimeout(r, 15))
      await server.stop('SIGKILL')
      await Promise.all(burst)
      await db.close()

      server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' }, dataDir)
      api = new TestClient(server.base)
      db = openTestDb(server)
      const again = master(server)
      // Codes are bound to the minute: retry with fresh ones.
      await again.setClock(new Date(start))
      const staff2 = await api.login(DEMO.streetStaff)
      for (let k = 3; k < 6; k++) {
        const open = (await db.rows<{ status: string }>('SELECT "status" FROM "Activity" WHERE "objectId" = $1', [ids[k]]))[0].status === 'open'
        if (!open) continue
        const c = (await api.ok('issueCheckInCode', { activityId: ids[k] }, staff2)).code
        for (const p of people.slice(k * 10, k * 10 + 10)) await api.ok('checkIn', { activityId: ids[k], code: c }, await api.login(p.phone))
      }
      await again.setClock(new Date(start + 2 * HOURS))
      for (const activityId of ids) {
        for (let i = 0; i < 2; i++) {
          const r = await api.call('confirmAttendance', { activityId }, staff2)
          if (!r.ok) expect(r.error.code).toBe(142)
        }
      }
      // Every activity closed; every checked-in volunteer credited 2 hours exactly once.
      expect(await db.count('Activity', `"objectId" = ANY($1) AND "status" = 'closed'`, [ids])).toBe(6)
      const credits = await db.rows<{ signup: string; n: number; hours: number }>(
        `SELECT "signup", count(*)::int AS n, sum("hours")::float8 AS hours FROM "TimeBankEntry" WHERE "activity" = ANY($1) GROUP BY "signup"`,
        [ids],
      )
      expect(credits.every((c) => c.n === 1 && c.hours === 2)).toBe(true)
      const checkedIn = await db.count('ActivitySignup', `"activity" = ANY($1) AND "checkInAt" IS NOT NULL`, [ids])
      expect(checkedIn).toBeGreaterThanOrEqual(30)
      expect(credits).toHaveLength(checkedIn)
      const uncredited = await db.count('ActivitySignup', `"activity" = ANY($1) AND "checkInAt" IS NOT NULL AND "objectId" NOT IN (SELECT "signup" FROM "TimeBankEntry" WHERE "signup" IS NOT NULL)`, [ids])
      expect(uncredited).toBe(0)
    } finally {
      await db.close().catch(() => undefined)
      await server.close()
    }
  }, 300_000)
})
