/** Escalation with a moved clock: not before 120 (30 if urgent) minutes, exactly once after, idempotent. */
import { TestClient, failure } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let master: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>
const T0 = new Date('2030-03-04T01:00:00.000Z')

class MasterClient extends TestClient {
  constructor(base: string, private readonly key: string) {
    super(base)
  }
  headers(token?: string | null): Record<string, string> {
    return { ...super.headers(token), 'X-Parse-Master-Key': this.key }
  }
}

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  const fs = await import('node:fs')
  master = new MasterClient(server.base, fs.readFileSync(`${server.dataDir}/master-key`, 'utf8').trim())
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const at = (minutes: number) => master.ok('setTestClock', { at: new Date(T0.getTime() + minutes * 60_000).toISOString() })
const run = async () => (await master.ok('runJobs', { names: ['helpEscalation'] })).done.helpEscalation

it('escalates an urgent request at 30 minutes and a normal one at 120, each exactly once', async () => {
  await at(0)
  const normal = (await api.ok('requestHelp', { kind: '代买代办', text: '买药' }, tokens.resident)).helpRequestId
  const urgent = (await api.ok('requestHelp', { kind: '就医陪同', text: '胸口不舒服，想去医院', urgent: true }, tokens.senior)).helpRequestId
  const detail = await api.ok('getHelpRequest', { helpRequestId: urgent }, tokens.senior)
  // The test clock keeps running from where it was set: a few milliseconds pass between steps.
  expect(Date.parse(detail.escalatesAt!) - (T0.getTime() + 30 * 60_000)).toBeLessThan(5000)

  // Minutes after each request's own submission (the clock ran a little while they were sent).
  const submitted = async (id: string) => (await db.rows<{ s: Date }>('SELECT "submittedAt" AS s FROM "HelpRequest" WHERE "objectId" = $1', [id]))[0].s.getTime()
  const after = async (id: string, minutes: number) => master.ok('setTestClock', { at: new Date((await submitted(id)) + minutes * 60_000).toISOString() })
  await after(urgent, 29.9)
  expect(await run()).toBe(0)
  await after(urgent, 30)
  expect(await run()).toBe(1)
  expect(await run()).toBe(0)
  await after(normal, 119.9)
  expect(await run()).toBe(0)
  await after(normal, 120)
  expect(await run()).toBe(1)
  expect(await run()).toBe(0)
  // Two servers' jobs racing each other still escalate nothing twice.
  await at(500)
  expect((await Promise.all([run(), run(), run()])).reduce((a, b) => a + b, 0)).toBe(0)
  expect(await db.count('HelpEvent', `"kind" = 'escalated' AND "request" IN ($1, $2)`, [normal, urgent])).toBe(2)

  const [row] = await db.rows<{ escalatedAt: Date }>('SELECT "escalatedAt" FROM "HelpRequest" WHERE "objectId" = $1', [urgent])
  expect(row.escalatedAt.getTime() - ((await submitted(urgent)) + 30 * 60_000)).toBeLessThan(5000)
  expect(row.escalatedAt.getTime()).toBeGreaterThanOrEqual((await submitted(urgent)) + 30 * 60_000)
  const mine = await api.ok('getHelpRequest', { helpRequestId: normal }, tokens.resident)
  expect(mine).toMatchObject({ status: 'open', escalated: true, escalatesAt: null })
  expect(mine.events.map((e) => e.kind)).toEqual(['submitted', 'escalated'])
})

it("the community's staff see escalated requests and can accept, reply and resolve them; others cannot", async () => {
  const list = await api.ok('escalatedHelpRequests', {}, tokens.communityStaff)
  const urgent = list.items.find((i) => i.urgent)!
  expect(urgent).toMatchObject({ escalated: true, status: 'open', requester: { maskedPhone: '139****0002' } })
  expect((await api.ok('escalatedHelpRequests', {}, tokens.otherCommunityStaff)).items).toEqual([])
  expect(failure(await api.call('getHelpRequest', { helpRequestId: urgent.id }, tokens.otherCommunityStaff)).code).toBe(101)
  expect(failure(await api.call('acceptHelpRequest', { helpRequestId: urgent.id }, tokens.otherCommunityStaff)).code).toBe(101)
  expect(failure(await api.call('escalatedHelpRequests', {}, tokens.resident)).code).toBe(119)

  await api.ok('acceptHelpRequest', { helpRequestId: urgent.id }, tokens.communityStaff)
  await api.ok('replyHelpRequest', { helpRequestId: urgent.id, text: '已联系社区医生上门。' }, tokens.communityStaff)
  await api.ok('resolveHelpRequest', { helpRequestId: urgent.id, note: '医生已上门看过。' }, tokens.communityStaff)
  const d = await api.ok('getHelpRequest', { helpRequestId: urgent.id }, tokens.senior)
  expect(d.acceptedBy).toMatchObject({ role: 'communityStaff' })
  expect(d.events.map((e) => e.kind)).toEqual(['submitted', 'escalated', 'accepted', 'reply', 'resolved'])
  // A steward of the building can still take the other escalated one.
  const normal = list.items.find((i) => !i.urgent)!
  await api.ok('acceptHelpRequest', { helpRequestId: normal.id }, tokens.steward)
})

it('an accepted request is never escalated, and a building without stewards goes to the community at once', async () => {
  await at(1000)
  const id = (await api.ok('requestHelp', { kind: '维修', text: '门坏了' }, tokens.resident)).helpRequestId
  await api.ok('acceptHelpRequest', { helpRequestId: id }, tokens.steward)
  await at(1000 + 600)
  expect(await run()).toBe(0)
  // 2幢 loses its steward: a request from there is the community's at once.
  const [a] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "StewardAssignment" WHERE "building" = $1 AND "endedAt" IS NULL', [places.otherBuildingId])
  await api.ok('endStewardAssignment', { assignmentId: a.objectId, reason: '暂缺' }, tokens.communityStaff)
  const [neighbour] = await db.rows<{ phone: string }>(`SELECT "phone" FROM "Resident" WHERE "building" = $1 AND "verified" = true AND "user" IS NOT NULL AND "phone" > '13900000009' LIMIT 1`, [places.otherBuildingId])
  const token = await api.login(neighbour.phone)
  const orphan = (await api.ok('requestHelp', { kind: '其他', text: '有事' }, token)).helpRequestId
  expect(await api.ok('getHelpRequest', { helpRequestId: orphan }, token)).toMatchObject({ escalated: true, status: 'open' })
  expect((await api.ok('escalatedHelpRequests', {}, tokens.communityStaff)).items.map((i) => i.id)).toContain(orphan)
})
