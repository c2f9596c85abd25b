/**
 * What a signed-in person can read and write through Parse's REST API directly, bypassing
 * the app: only what the schema's class-level permissions and the rows' ACLs allow.
 */
import { TestClient, failure, isChinese } from './support/client'
import { DEMO, startTestServer, type TestServer } from './support/server'

interface ResidentRow {
  objectId: string
  name: string
  phone: string
  building?: { objectId: string }
  community?: { objectId: string }
}
interface Found<T> {
  results: T[]
  count?: number
}

let server: TestServer
let api: TestClient
const tokens: Record<keyof typeof DEMO, string> = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
})
afterAll(() => server?.close())

async function residentsVisibleTo(token: string | null): Promise<ResidentRow[]> {
  const reply = await api.rest<Found<ResidentRow>>('GET', '/classes/Resident?limit=5000', { token })
  if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.error}`)
  return reply.result.results
}

describe('resident profiles (personal data)', () => {
  it('a resident reads their own profile only', async () => {
    const rows = await residentsVisibleTo(tokens.resident)
    expect(rows).toHaveLength(1)
    expect(rows[0].phone).toBe(DEMO.resident)
  })

  it("a resident cannot read another resident's profile by id, even a neighbour's", async () => {
    const seniorRows = await residentsVisibleTo(tokens.senior)
    const neighbour = seniorRows[0]
    const err = failure(await api.rest('GET', `/classes/Resident/${neighbour.objectId}`, { token: tokens.resident }))
    expect(err.code).toBe(101)
  })

  it('a resident cannot find others by phone', async () => {
    const where = encodeURIComponent(JSON.stringify({ phone: DEMO.senior }))
    const reply = await api.rest<Found<ResidentRow>>('GET', `/classes/Resident?where=${where}`, { token: tokens.resident })
    expect(reply.ok && reply.result.results).toEqual([])
  })

  it("a steward reads the residents of their own building, and nobody else's", async () => {
    const [own] = await residentsVisibleTo(tokens.resident)
    const rows = await residentsVisibleTo(tokens.steward)
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.map((r) => r.phone)).toEqual(expect.arrayContaining([DEMO.resident, DEMO.senior]))
    expect(new Set(rows.map((r) => r.building?.objectId))).toEqual(new Set([own.building?.objectId]))
    // The steward of the next building does not see this building's residents.
    const other = await residentsVisibleTo(tokens.otherSteward)
    expect(other.map((r) => r.phone)).not.toContain(DEMO.resident)
  })

  it('community staff read their community only; street staff read the whole street', async () => {
    const [own] = await residentsVisibleTo(tokens.resident)
    const community = await residentsVisibleTo(tokens.communityStaff)
    expect(new Set(community.map((r) => r.community?.objectId))).toEqual(new Set([own.community?.objectId]))
    const count = await api.rest<Found<ResidentRow>>('GET', '/classes/Resident?count=1&limit=0', { token: tokens.streetStaff })
    const total = count.ok ? count.result.count ?? 0 : 0
    expect(total).toBeGreaterThan(community.length)
    expect(total).toBeGreaterThanOrEqual(1300)
  })

  it('an anonymous caller reads no profile at all', async () => {
    // Parse answers a class that requires authentication as if nothing were there.
    const err = failure(await api.rest('GET', '/classes/Resident'))
    expect(err.code).toBe(101)
    expect(isChinese(err.error)).toBe(true)
  })

  it('nobody writes profiles directly: create, update and delete are refused', async () => {
    const [own] = await residentsVisibleTo(tokens.resident)
    expect(failure(await api.rest('POST', '/classes/Resident', { token: tokens.resident, body: { name: '冒名' } })).code).toBe(119)
    expect(failure(await api.rest('PUT', `/classes/Resident/${own.objectId}`, { token: tokens.resident, body: { room: '9单元999' } })).code).toBe(119)
    expect(failure(await api.rest('DELETE', `/classes/Resident/${own.objectId}`, { token: tokens.streetStaff })).code).toBe(119)
    const [after] = await residentsVisibleTo(tokens.resident)
    expect(after.name).toBe(own.name)
  })
})

describe('accounts, roles and assignments', () => {
  it('nobody lists users or reads another user', async () => {
    expect(failure(await api.rest('GET', '/classes/_User', { token: tokens.streetStaff })).code).toBe(119)
    const me = await api.ok('me', {}, tokens.senior)
    expect(failure(await api.rest('GET', `/users/${me.userId}`, { token: tokens.resident })).code).toBe(101)
  })

  it('role membership and steward assignments are not readable', async () => {
    expect(failure(await api.rest('GET', '/roles', { token: tokens.communityStaff })).code).toBe(119)
    expect(failure(await api.rest('GET', '/classes/StewardAssignment', { token: tokens.steward })).code).toBe(119)
  })

  it('a user cannot make themselves staff', async () => {
    const err = failure(await api.rest('POST', '/roles', { token: tokens.resident, body: { name: 'streetStaff2', ACL: {} } }))
    expect(err.code).toBe(119)
  })
})

describe('places and the schema', () => {
  it('places are public but hide who leads a micro-grid', async () => {
    const reply = await api.rest<Found<Record<string, unknown>>>('GET', '/classes/MicroGrid?limit=5')
    expect(reply.ok).toBe(true)
    const rows = reply.ok ? reply.result.results : []
    expect(rows.length).toBe(5)
    for (const row of rows) {
      expect(row).not.toHaveProperty('leader')
      expect(row).not.toHaveProperty('deputies')
    }
  })

  it('places are written by nobody but the server', async () => {
    const [own] = await residentsVisibleTo(tokens.resident)
    const street = { __type: 'Pointer', className: 'Street', objectId: (await api.ok('myHome', {}, tokens.resident)).street.id }
    const body = { name: '假社区', code: 'fake', street }
    expect(failure(await api.rest('POST', '/classes/Community', { token: tokens.streetStaff, body })).code).toBe(119)
    expect(failure(await api.rest('PUT', `/classes/Building/${own.building?.objectId}`, { token: tokens.steward, body: { name: '99幢' } })).code).toBe(119)
  })

  it('clients cannot add classes or fields (locked schema)', async () => {
    expect(failure(await api.rest('POST', '/classes/Hack', { token: tokens.streetStaff, body: { a: 1 } })).code).toBe(119)
    const addField = await api.rest('POST', '/schemas/Street', { token: tokens.streetStaff, body: { className: 'Street', fields: { x: { type: 'String' } } } })
    expect(addField.ok).toBe(false)
  })
})
