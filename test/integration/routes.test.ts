/**
 * The route allow-list and the class decisions, attacked from outside over HTTP as the app would
 * be: no spelling of a request reaches a closed route, a steward and street staff get nothing
 * personal from any REST route, and every class of the live schema has a decision it matches.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROUTE_CLOSED } from '@server/http/routes'
import { CLASS_DECISIONS, permissionsOf } from '@server/schema/decisions'
import { TestClient } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { DEMO, masterKeyOf, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let masterKey: string
let classes: Array<{ className: string; classLevelPermissions: Record<string, unknown> }>
const tokens = {} as Record<'resident' | 'steward' | 'streetStaff', string>

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  masterKey = masterKeyOf(server)
  for (const who of ['resident', 'steward', 'streetStaff'] as const) tokens[who] = await api.login(DEMO[who])
  const res = await fetch(`${server.base}/schemas`, { headers: { ...api.headers(), 'X-Parse-Master-Key': masterKey } })
  classes = ((await res.json()) as { results: typeof classes }).results
})
afterAll(async () => {
  await db?.close()
  await server?.close()
})

interface Raw {
  status: number
  body: unknown
}

/** A request spelled exactly as given: path, headers and body untouched. */
async function send(method: string, path: string, opts: { token?: string | null; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  const headers = { ...api.headers(opts.token), ...(opts.headers ?? {}) }
  const res = await fetch(`${server.base}${path}`, { method, headers, body: opts.body })
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // HEAD and some errors have no JSON body.
  }
  return { status: res.status, body }
}

function expectClosed(reply: Raw, what: string): void {
  expect({ what, status: reply.status, body: reply.body }).toEqual({ what, status: 403, body: { code: 119, error: ROUTE_CLOSED } })
}

/** Row counts of every class and of the files folder: what a refused request must leave as it was. */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { className } of classes) counts[className] = await db.count(className)
  const files = path.join(server.dataDir, 'files')
  counts['files/'] = fs.existsSync(files) ? fs.readdirSync(files).length : 0
  return counts
}

function attacks(): Array<[string, string, unknown?]> {
  const list: Array<[string, string, unknown?]> = []
  for (const { className } of classes) {
    const batch = { requests: [{ method: 'GET', path: `/parse/classes/${className}` }] }
    list.push(['GET', `/classes/${className}`], ['GET', `/classes/${className}/abcdef1234`], ['POST', `/classes/${className}`, {}], ['PUT', `/classes/${className}/abcdef1234`, {}])
    list.push(['GET', `/aggregate/${className}`], ['DELETE', `/purge/${className}`], ['POST', '/batch', batch])
  }
  list.push(
    ['GET', '/users'], ['GET', '/users/me'], ['POST', '/users', { username: 'mallory', password: 'hunter22' }],
    ['GET', '/sessions'], ['GET', '/sessions/me'], ['GET', '/roles'], ['GET', '/installations'],
    ['POST', '/installations', { deviceType: 'android', installationId: 'x'.repeat(36), blob: 'x'.repeat(10_000) }],
    ['GET', '/config'], ['PUT', '/config', { params: { x: 1 } }], ['GET', '/schemas'], ['GET', '/hooks/functions'], ['POST', '/jobs', {}], ['GET', '/cloud_code/jobs'],
    ['POST', '/push', { where: {}, data: { alert: 'x' } }], ['GET', '/serverInfo'], ['GET', '/graphql'], ['POST', '/graphql', { query: '{ health }' }],
    ['POST', '/requestPasswordReset', { email: 'a@example.com' }], ['POST', '/verificationEmailRequest', { email: 'a@example.com' }],
    ['POST', '/login', { username: `p${DEMO.resident}`, password: 'x' }], ['GET', '/login?username=a&password=b'], ['POST', '/upgradeToRevocableSession', {}],
    ['POST', '/events/AppOpened', {}], ['GET', '/scriptlog'], ['GET', '/security'], ['GET', '/push_audiences'], ['GET', '/graphql-config'],
    ['GET', '/apps/tongxin/request_password_reset'], ['GET', '/'], ['GET', '/files/tongxin/metadata/a.jpg'],
  )
  return list
}

describe('a steward and street staff get nothing personal from any REST route', () => {
  it.each([
    ['steward', true],
    ['steward', false],
    ['streetStaff', true],
    ['streetStaff', false],
  ] as const)('%s (with their session: %s): every class and every Parse route is refused, nothing written', async (who, withSession) => {
    const token = withSession ? tokens[who] : null
    const before = await snapshot()
    for (const [method, path, body] of attacks()) {
      expectClosed(await send(method, path, { token, body: body === undefined ? undefined : JSON.stringify(body) }), `${method} ${path}`)
    }
    // A file upload is not JSON: the bytes themselves.
    expectClosed(await send('POST', '/files/x.txt', { token, headers: { 'Content-Type': 'text/plain' }, body: 'hello' }), 'POST /files/x.txt')
    expect(await snapshot()).toEqual(before)
  })
})

describe('no spelling reaches a closed route', () => {
  it.each([
    '/%63lasses/Resident',
    '/classes%2FResident',
    '//classes/Resident',
    '/classes/Resident/',
    '/CLASSES/Resident',
    '/Classes/Resident',
    '/functions/%2e%2e/classes/Resident',
    '/functions/me/../../classes/Resident'.replace(/\.\./g, '%2E%2E'),
  ])('GET %s', async (path) => {
    expectClosed(await send('GET', path, { token: tokens.streetStaff }), path)
  })

  it('a method override in the body or a header is refused, even on an open route', async () => {
    expectClosed(await send('POST', '/functions/me', { token: tokens.resident, body: JSON.stringify({ _method: 'GET' }) }), '_method on a function')
    expectClosed(await send('POST', '/classes/Resident', { token: tokens.streetStaff, body: JSON.stringify({ _method: 'GET' }) }), '_method GET on a class')
    for (const header of ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override']) {
      expectClosed(await send('POST', '/functions/me', { token: tokens.resident, headers: { [header]: 'GET' }, body: '{}' }), header)
    }
  })

  it('the JS SDK envelope (_ApplicationId, _SessionToken in a text/plain body) is refused without the master key', async () => {
    const envelope = { _method: 'GET', _ApplicationId: 'tongxin', _SessionToken: tokens.streetStaff }
    const headers = { 'Content-Type': 'text/plain' }
    const bare = async (path: string, body: unknown) => {
      const res = await fetch(`${server.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
      return { status: res.status, body: (await res.json()) as unknown }
    }
    expectClosed(await bare('/classes/Resident', envelope), 'envelope on a class')
    expectClosed(await bare('/functions/me', { _ApplicationId: 'tongxin', _SessionToken: tokens.resident }), 'envelope on a function')
    expectClosed(await bare('/classes/Resident', { ...envelope, _MasterKey: `${masterKey.slice(0, -1)}0` }), 'a wrong _MasterKey')
    expectClosed(await send('GET', '/classes/Resident', { headers: { 'X-Parse-Master-Key': 'not-the-key' } }), 'a wrong master key header')
    // The dashboard speaks this envelope with the real key, from this host: it still works.
    const dashboard = await bare('/classes/Resident', { _method: 'GET', _ApplicationId: 'tongxin', _MasterKey: masterKey, limit: 1 })
    expect(dashboard.status).toBe(200)
  })

  it('a body that is not JSON is refused with a Chinese message, and the server keeps answering', async () => {
    const reply = await send('POST', '/functions/me', { token: tokens.resident, body: '{"a":' })
    expect(reply).toEqual({ status: 400, body: { code: 107, error: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
    expect((await send('GET', '/health')).status).toBe(200)
  })
})

describe('the open routes stay open', () => {
  it('cloud functions, health (GET and HEAD) and CORS preflights of open routes', async () => {
    expect((await send('POST', '/functions/me', { token: tokens.resident, body: '{}' })).status).toBe(200)
    expect((await send('GET', '/health')).status).toBe(200)
    expect((await send('HEAD', '/health')).status).toBe(200)
    const preflight = (path: string) => fetch(`${server.base}${path}`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:10086', 'Access-Control-Request-Method': 'POST' } })
    expect((await preflight('/functions/me')).status).toBe(200)
    expect((await preflight('/classes/Resident')).status).toBe(403)
  })

  it('file reads pass the allow-list (who may read which file is the file router’s decision)', async () => {
    const reply = await send('GET', '/files/tongxin/0123456789abcdef_problem-00000000.jpg', { token: tokens.resident })
    expect(reply.body).not.toEqual({ code: 119, error: ROUTE_CLOSED })
  })
})

describe('every class has a decision (server/schema/decisions.ts), and the live schema matches it', () => {
  it('no class in the live schema is undecided, and no stored decision is missing from it', () => {
    const live = classes.map((c) => c.className).sort()
    const undecided = live.filter((name) => !CLASS_DECISIONS[name]?.stored)
    expect(undecided).toEqual([])
    const stored = Object.entries(CLASS_DECISIONS).filter(([, d]) => d.stored).map(([name]) => name).sort()
    expect(live).toEqual(stored)
  })

  it("every class's live permissions are exactly its decision (system classes included)", () => {
    for (const { className, classLevelPermissions } of classes) {
      const { protectedFields, ...clp } = classLevelPermissions
      expect({ className, clp }).toEqual({ className, clp: permissionsOf(CLASS_DECISIONS[className].access) })
      expect({ className, protectedFields: protectedFields ?? {} }).toEqual({ className, protectedFields: {} })
    }
  })
})
