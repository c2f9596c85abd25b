/**
 * Personal data stays out of the server's log (PIPL): Parse by default logs every cloud
 * function's params and result, and so every phone, name and address that passes through.
 */
import { TestClient } from './support/client'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient

beforeAll(async () => {
  // Production's level (verbose, a debugging level, logs whole request bodies: see README).
  server = await startTestServer({ LOG_LEVEL: 'info' })
  api = new TestClient(server.base)
})
afterAll(() => server?.close())

it('logs no phone, name or address of a call, whether it succeeds or fails', async () => {
  const token = await api.login(DEMO.resident)
  const data = await api.ok('exportMyData', {}, token)
  const me = await api.ok('me', {}, token)
  // A refused call carries a phone too: a stranger's, typed by someone else.
  const refused = await api.call('requestFamilyLink', { seniorPhone: DEMO.senior.replace(/^139/, '138') }, token)
  const bad = await api.call('demoLogin', { phone: '13812345678' })
  expect(bad.ok).toBe(false)
  // Wait until the server has answered everything it will log for these calls.
  await api.ok('me', {}, token)

  const log = server.output()
  expect(log.length).toBeGreaterThan(0)
  // Refusals are the caller's business: Parse would log each at error level with a stack.
  expect(log).not.toMatch(/Parse error|没有找到这个演示账号/)
  for (const secret of [DEMO.resident, '13812345678', DEMO.senior.replace(/^139/, '138'), me.displayName]) {
    expect(log).not.toContain(secret)
  }
  // The secrets did pass through the server in these calls.
  expect(JSON.stringify(data)).toContain(DEMO.resident)
  expect(refused.ok).toBe(true)
})
