/**
 * One request must never stop the server. Parse's field validator used to leave the rejection
 * of an earlier field's `options` check unhandled when a later field had the wrong type, and
 * Node exited: these are exactly those combinations, anonymous and with a session.
 */
import { TestClient, failure, isChinese } from './support/client'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let resident: string
let staff: string

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'off' })
  api = new TestClient(server.base)
  resident = await api.login(DEMO.resident)
  staff = await api.login(DEMO.communityStaff)
})
afterAll(() => server?.close())

/** The server still answers, and the process has not exited. */
async function stillServing(): Promise<void> {
  expect(server.child.exitCode).toBeNull()
  expect(server.child.signalCode).toBeNull()
  const health = await fetch(`${server.base}/health`)
  expect(health.status).toBe(200)
  const me = await api.call('me', {}, resident)
  expect(me.ok).toBe(true)
}

// An earlier field whose `options` check fails, then a later field of the wrong type.
const combinations: Array<[string, () => string | null, string, Record<string, unknown>, string]> = [
  ['anonymous placeOptions', () => null, 'placeOptions', { communityId: '!!', compoundId: 5 }, '请选择正确的社区。'],
  ['anonymous placeOptions (text, then type)', () => null, 'placeOptions', { compoundId: 'a b', q: ['x'] }, '请选择正确的小区。'],
  ['resident myMessages', () => resident, 'myMessages', { cursor: 'x'.repeat(400), limit: 'ten' }, '翻页位置无效，请刷新列表。'],
  ['staff listRegistrations', () => staff, 'listRegistrations', { status: 'nope', compoundId: 7, from: {}, limit: 'x' }, '请选择审核状态：待审核、已通过或已驳回。'],
  ['staff saveGuideItem', () => staff, 'saveGuideItem', { communityId: '!', title: 5, body: [], order: 'one' }, ''],
]

describe('malformed parameter combinations', () => {
  it.each(combinations)('%s: a 4xx with a Chinese message, and the server keeps serving', async (_label, token, name, params, message) => {
    const reply = await api.rest('POST', `/functions/${name}`, { token: token(), body: params })
    const err = failure(reply)
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(err.code).toBe(142)
    expect(isChinese(err.error)).toBe(true)
    if (message) expect(err.error).toBe(message)
    await stillServing()
  })

  it('a burst of them, in parallel, leaves the server serving', async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const [, token, name, params] = combinations[i % combinations.length]
        return api.rest('POST', `/functions/${name}`, { token: token(), body: params })
      }),
    )
    for (const reply of replies) expect(failure(reply).code).toBe(142)
    await stillServing()
  })

  it('checks the caller before the fields: an anonymous caller with bad fields is asked to sign in', async () => {
    const err = failure(await api.call('myMessages', { cursor: 5, limit: 'x' }, null))
    expect(err.error).toBe('请先登录。')
    await stillServing()
  })

  it('encoded Parse types are never a valid parameter: a Date or Pointer where text belongs is refused', async () => {
    const date = failure(await api.call('placeOptions', { q: { __type: 'Date', iso: '2026-01-01T00:00:00.000Z' } }, null))
    expect(date).toEqual({ code: 142, error: '小区名称最多20个字，请重新输入。' })
    const pointer = failure(await api.call('demoLogin', { phone: { __type: 'Pointer', className: '_User', objectId: 'x' } }, null))
    expect(pointer).toEqual({ code: 142, error: '请输入11位手机号。' })
    const operator = failure(await api.call('myMessages', { cursor: { $ne: null } }, resident))
    expect(operator).toEqual({ code: 142, error: '翻页位置无效，请刷新列表。' })
    await stillServing()
  })

  it('an out-of-range number (1e400 reads as Infinity) is not a number', async () => {
    const res = await fetch(`${server.base}/functions/myMessages`, { method: 'POST', headers: api.headers(resident), body: '{"limit": 1e400}' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ code: 142, error: '每页条数应为1到50。' })
    await stillServing()
  })

  it('malformed JSON is a 4xx with a Chinese message, not a crash', async () => {
    const res = await fetch(`${server.base}/functions/me`, { method: 'POST', headers: api.headers(resident), body: '{"a":' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ code: 107, error: '请求内容格式不对，请刷新后再试。' })
    await stillServing()
  })

  it('a body nested thousands of levels deep (it overflowed Parse’s stack: a 500) is a 4xx', async () => {
    for (const body of ['{"q":' + '['.repeat(5000) + ']'.repeat(5000) + '}', '{"q":' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5001)]) {
      const res = await fetch(`${server.base}/functions/placeOptions`, { method: 'POST', headers: api.headers(null), body })
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ code: 107, error: '请求内容格式不对，请刷新后再试。' })
    }
    // Brackets inside text are text, not nesting.
    const text = failure(await api.call('placeOptions', { q: '['.repeat(5000) }, null))
    expect(text).toEqual({ code: 142, error: '小区名称最多20个字，请重新输入。' })
    await stillServing()
  })
})
