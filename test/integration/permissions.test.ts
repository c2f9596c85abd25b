/**
 * What a signed-in person can read and write through Parse's REST API directly, bypassing the
 * app: nothing. Personal data leaves the server only through cloud functions, which mask lists
 * and log every full opening (docs/security.md); no client writes an account.
 */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { DEMO, masterKeyOf, startTestServer, type TestServer } from './support/server'

type Who = keyof typeof DEMO

let server: TestServer
let api: TestClient
let db: TestDb
const tokens = {} as Record<Who, string>
const ids = {} as Record<Who, string>
let residentId: string
let otherResidentId: string

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO) as Array<[Who, string]>) {
    tokens[who] = await api.login(phone)
    ids[who] = (await api.ok('me', {}, tokens[who])).userId
  }
  const rows = await db.rows<{ objectId: string; phone: string }>('SELECT "objectId", "phone" FROM "Resident" WHERE "phone" = ANY($1)', [[DEMO.resident, DEMO.senior]])
  residentId = rows.find((r) => r.phone === DEMO.resident)!.objectId
  otherResidentId = rows.find((r) => r.phone === DEMO.senior)!.objectId
})
afterAll(async () => {
  await db?.close()
  await server?.close()
})

/** The allow-list's refusal: HTTP 403, Parse's OPERATION_FORBIDDEN and a Chinese sentence. */
function closed<T>(reply: Reply<T>): void {
  const err = failure(reply)
  expect({ status: reply.status, code: err.code, chinese: isChinese(err.error) }).toEqual({ status: 403, code: 119, chinese: true })
}

const PEOPLE: Array<Who | 'anonymous'> = ['anonymous', 'resident', 'steward', 'gridLeader', 'communityStaff', 'streetStaff']
const tokenOf = (who: Who | 'anonymous') => (who === 'anonymous' ? null : tokens[who])

describe('resident profiles: only through functions', () => {
  it.each(PEOPLE)('%s reads no profile over REST: not a list, not by id, not by phone, not a count', async (who) => {
    const token = tokenOf(who)
    const byPhone = encodeURIComponent(JSON.stringify({ phone: DEMO.senior }))
    for (const path of ['/classes/Resident', `/classes/Resident/${residentId}`, `/classes/Resident/${otherResidentId}`, `/classes/Resident?where=${byPhone}`, '/classes/Resident?count=1&limit=0']) {
      closed(await api.rest('GET', path, { token }))
    }
  })

  it('nobody writes profiles directly: create, update and delete are refused and nothing changes', async () => {
    const before = await db.rows('SELECT * FROM "Resident" WHERE "objectId" = $1', [residentId])
    const count = await db.count('Resident')
    closed(await api.rest('POST', '/classes/Resident', { token: tokens.resident, body: { name: '冒名' } }))
    closed(await api.rest('PUT', `/classes/Resident/${residentId}`, { token: tokens.resident, body: { room: '9单元999' } }))
    closed(await api.rest('DELETE', `/classes/Resident/${residentId}`, { token: tokens.streetStaff }))
    expect(await db.rows('SELECT * FROM "Resident" WHERE "objectId" = $1', [residentId])).toEqual(before)
    expect(await db.count('Resident')).toBe(count)
  })

  it('a steward opens a profile of their building through the function, and the opening is logged', async () => {
    const logged = () => db.count('ProfileAccess', '"resident" = $1 AND "viewer" = $2', [otherResidentId, ids.steward])
    const before = await logged()
    const { profile } = await api.ok('viewResidentProfile', { residentId: otherResidentId }, tokens.steward)
    expect(profile.phone).toBe(DEMO.senior)
    expect(await logged()).toBe(before + 1)
  })
})

describe('accounts (_User): no client writes one, not even their own', () => {
  const userRow = () => db.rows<Record<string, unknown>>('SELECT * FROM "_User" WHERE "objectId" = $1', [ids.resident]).then((r) => r[0])

  it('a resident cannot set a password, ACL, email, authData or objectId, by any spelling of the request', async () => {
    const before = await userRow()
    const edits: Array<Record<string, unknown>> = [
      { password: 'hunter22' },
      { ACL: { '*': { read: true, write: true } } },
      { email: 'mallory@example.com' },
      { authData: { wxmini: { id: 'openid-mallory', assertion: 'x' } } },
      { objectId: 'Mallory001' },
      { username: 'mallory' },
    ]
    for (const body of edits) {
      closed(await api.rest('PUT', `/users/${ids.resident}`, { token: tokens.resident, body }))
      closed(await api.rest('PUT', `/classes/_User/${ids.resident}`, { token: tokens.resident, body }))
      // Parse honours a method override in a POST body; the allow-list refuses it.
      closed(await api.rest('POST', `/users/${ids.resident}`, { token: tokens.resident, body: { ...body, _method: 'PUT' } }))
      closed(await api.rest('POST', '/batch', { token: tokens.resident, body: { requests: [{ method: 'PUT', path: `/parse/users/${ids.resident}`, body }] } }))
    }
    closed(await api.rest('DELETE', `/users/${ids.resident}`, { token: tokens.resident }))
    const after = await userRow()
    expect(after).toEqual(before)
    expect(after._hashed_password ?? null).toBeNull()
  })

  it('nobody signs in with a password or signs up over REST', async () => {
    const users = await db.count('_User')
    const sessions = await db.count('_Session')
    closed(await api.rest('POST', '/login', { body: { username: `p${DEMO.resident}`, password: 'hunter22' } }))
    closed(await api.rest('GET', `/login?username=p${DEMO.resident}&password=hunter22`))
    closed(await api.rest('POST', '/users', { body: { username: 'mallory', password: 'hunter22' } }))
    closed(await api.rest('POST', '/users', { body: { authData: { wxmini: { id: 'openid-mallory', assertion: `${Date.now() + 60_000}.forged` } } } }))
    closed(await api.rest('POST', '/loginAs', { token: tokens.streetStaff, body: { userId: ids.resident } }))
    expect(await db.count('_User')).toBe(users)
    expect(await db.count('_Session')).toBe(sessions)
  })

  it('nobody lists users, reads another user, or reads themselves over REST', async () => {
    for (const path of ['/users', '/classes/_User', `/users/${ids.senior}`, '/users/me']) {
      closed(await api.rest('GET', path, { token: tokens.streetStaff }))
      closed(await api.rest('GET', path, { token: tokens.resident }))
    }
  })

  it('logout still works: the session is gone from the database and refused afterwards', async () => {
    const token = await api.login(DEMO.gridLeader)
    expect(await db.count('_Session', '"sessionToken" = $1', [token])).toBe(1)
    const out = await api.rest('POST', '/logout', { token })
    expect(out.ok).toBe(true)
    expect(await db.count('_Session', '"sessionToken" = $1', [token])).toBe(0)
    expect(failure(await api.call('me', {}, token)).code).toBe(209)
  })
})

describe('roles, sessions and assignments', () => {
  it('role membership, sessions and steward assignments are not readable, and nobody makes themselves staff', async () => {
    const roles = await db.count('_Role')
    for (const path of ['/roles', '/classes/_Role', '/sessions', '/sessions/me', '/classes/_Session', '/classes/StewardAssignment']) {
      closed(await api.rest('GET', path, { token: tokens.communityStaff }))
    }
    closed(await api.rest('POST', '/roles', { token: tokens.resident, body: { name: 'streetStaff2', ACL: {} } }))
    expect(await db.count('_Role')).toBe(roles)
  })

  it('an administrator with the master key (the dashboard, on this host) still reaches the API', async () => {
    const res = await fetch(`${server.base}/classes/Resident?limit=1`, { headers: { ...api.headers(), 'X-Parse-Master-Key': masterKeyOf(server) } })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { results: unknown[] }).results).toHaveLength(1)
  })
})

describe('places and the schema', () => {
  it('places are read through functions only, and written by nobody but the server', async () => {
    const street = (await api.ok('myHome', {}, tokens.resident)).street.id
    closed(await api.rest('GET', '/classes/MicroGrid?limit=5'))
    closed(await api.rest('GET', '/classes/Building', { token: tokens.resident }))
    const count = await db.count('Community')
    closed(await api.rest('POST', '/classes/Community', { token: tokens.streetStaff, body: { name: '假社区', code: 'fake', street: { __type: 'Pointer', className: 'Street', objectId: street } } }))
    expect(await db.count('Community')).toBe(count)
  })

  it('clients cannot add classes or fields', async () => {
    closed(await api.rest('POST', '/classes/Hack', { token: tokens.streetStaff, body: { a: 1 } }))
    closed(await api.rest('POST', '/schemas/Street', { token: tokens.streetStaff, body: { className: 'Street', fields: { x: { type: 'String' } } } }))
    const [table] = await db.rows<{ t: string | null }>('SELECT to_regclass($1)::text AS t', ['"Hack"'])
    expect(table.t).toBeNull()
  })
})
