/**
 * Rate limits hold: each function's declared limit answers HTTP 429 with a Chinese message,
 * per address (anonymous calls) and per account (even spread over two addresses), and, with
 * REDIS_URL, across two server instances. Calls come from 127.0.0.2 and up: 127.0.0.1 is the
 * host itself, which is never limited (the test suite and local tools run there).
 */
import { TestClient } from './support/client'
import { callFrom, requestFrom } from './support/from-address'
import { startRedis, type TestRedis } from './support/redis'
import { DEMO, startTestServer, type TestServer } from './support/server'

const TOO_MANY = '操作太频繁，请稍后再试。'
// As declared with the functions (server/cloud/functions/auth.ts, privacy.ts).
const DEMO_LOGIN_PER_MINUTE = 30
const EXPORT_PER_MINUTE = 10

function expectLimited(reply: { status: number; body: { code?: number; error?: string } }): void {
  expect(reply.status).toBe(429)
  expect(reply.body).toEqual({ code: 100, error: TOO_MANY })
}

describe('on one server', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('limits anonymous demoLogin per address, and only that address', async () => {
    for (let i = 0; i < DEMO_LOGIN_PER_MINUTE; i++) {
      const r = await callFrom('127.0.0.2', server.base, 'demoLogin', { phone: DEMO.resident })
      expect(r.status).toBe(200)
    }
    expectLimited(await callFrom('127.0.0.2', server.base, 'demoLogin', { phone: DEMO.resident }))
    // A wrong phone is no way around it either.
    expectLimited(await callFrom('127.0.0.2', server.base, 'demoLogin', { phone: '13900000002' }))
    // Another address has its own allowance; the host itself is not limited.
    expect((await callFrom('127.0.0.3', server.base, 'demoLogin', { phone: DEMO.resident })).status).toBe(200)
    expect(await new TestClient(server.base).login(DEMO.resident)).toMatch(/^r:/)
    // The limiters are made on a function's first call; that is by design, not worth a log line each.
    expect(server.output()).not.toMatch(/ValidationError|ERR_ERL/)
  })

  it('limits exportMyData per account, even when the calls come from two addresses', async () => {
    const token = await new TestClient(server.base).login(DEMO.senior)
    for (let i = 0; i < EXPORT_PER_MINUTE; i++) {
      const r = await callFrom(i % 2 ? '127.0.0.4' : '127.0.0.5', server.base, 'exportMyData', {}, token)
      expect(r.status).toBe(200)
    }
    // Each address made 5 calls, under its own limit of 10: the account's limit is what refuses.
    expectLimited(await callFrom('127.0.0.6', server.base, 'exportMyData', {}, token))
    // Another account from the same address is still served.
    const other = await new TestClient(server.base).login(DEMO.newcomer)
    expect((await callFrom('127.0.0.4', server.base, 'exportMyData', {}, other)).status).toBe(200)
  })

  it('does not let a batch carry function calls past the limits', async () => {
    const body = JSON.stringify({ requests: Array.from({ length: 3 }, () => ({ method: 'POST', path: '/parse/functions/demoLogin', body: { phone: DEMO.resident } })) })
    const r = await requestFrom('127.0.0.7', 'POST', `${server.base}/batch`, { headers: { 'X-Parse-Application-Id': 'tongxin', 'Content-Type': 'application/json' }, body })
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
    expect(r.body).not.toContain('sessionToken')
  })
})

describe('with REDIS_URL, across two instances', () => {
  let redis: TestRedis
  let a: TestServer
  let b: TestServer
  beforeAll(async () => {
    redis = await startRedis()
    ;[a, b] = await Promise.all([startTestServer({ REDIS_URL: redis.url }), startTestServer({ REDIS_URL: redis.url })])
  })
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()])
    await redis?.stop()
  })

  it('counts one address against one shared limit, whichever instance answers', async () => {
    for (let i = 0; i < DEMO_LOGIN_PER_MINUTE; i++) {
      const r = await callFrom('127.0.0.2', (i % 2 ? a : b).base, 'demoLogin', { phone: DEMO.resident })
      expect(r.status).toBe(200)
    }
    expectLimited(await callFrom('127.0.0.2', a.base, 'demoLogin', { phone: DEMO.resident }))
    expectLimited(await callFrom('127.0.0.2', b.base, 'demoLogin', { phone: DEMO.resident }))
    // Limits of different functions are counted apart, not in one counter per address.
    const token = await new TestClient(a.base).login(DEMO.resident)
    expect((await callFrom('127.0.0.2', a.base, 'me', {}, token)).status).toBe(200)
  })
})
