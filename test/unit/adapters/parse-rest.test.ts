/**
 * @jest-environment node
 */
import { ParseRestClient } from '@/adapters/parse-rest'
import { CONNECTION_FAILED } from '@/adapters/ports'
import { FakeHttp } from '../support/fake-http'
import { apiErrorOf } from '../support/errors'

const SERVER = 'https://tongxin.example.cn/parse'
const CHINESE = /[\u4e00-\u9fa5]/

function setup() {
  const http = new FakeHttp()
  const client = new ParseRestClient({ serverUrl: SERVER, appId: 'tongxin-test', http: http.send })
  return { http, client }
}

describe('ParseRestClient.call', () => {
  it('POSTs the parameters to /functions/<name> and returns the result', async () => {
    const { http, client } = setup()
    http.reply(200, { result: { phone: '13900000004' } })

    const result = await client.call('callContact', { kind: 'steward' })

    expect(result).toEqual({ phone: '13900000004' })
    expect(http.requests).toHaveLength(1)
    expect(http.last.method).toBe('POST')
    expect(http.last.url).toBe(`${SERVER}/functions/callContact`)
    expect(http.last.body).toEqual({ kind: 'steward' })
  })

  it('identifies the app, and sends no session before there is one', async () => {
    const { http, client } = setup()
    http.reply(200, { result: { sessionToken: 'r:abc' } })

    await client.call('demoLogin', { phone: '13900000001' })

    expect(http.last.headers['X-Parse-Application-Id']).toBe('tongxin-test')
    expect(http.last.headers['Content-Type']).toBe('application/json')
    expect(http.last.headers).not.toHaveProperty('X-Parse-Session-Token')
  })

  it('sends the session token once it is set, and stops when it is cleared', async () => {
    const { http, client } = setup()
    http.reply(200, { result: {} }).reply(200, { result: {} })

    client.setSessionToken('r:token-1')
    await client.call('myHome', {})
    expect(http.last.headers['X-Parse-Session-Token']).toBe('r:token-1')
    expect(http.last.headers['X-Parse-Application-Id']).toBe('tongxin-test')

    client.setSessionToken(null)
    await client.call('myHome', {})
    expect(http.last.headers).not.toHaveProperty('X-Parse-Session-Token')
  })

  it('turns a Parse error body into an ApiError with its code', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 101, error: '没有找到您的住址，请先登记。' })

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(101)
    expect(err.message).toBe('没有找到您的住址，请先登记。')
  })

  it('tells an expired session in Chinese', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 209, error: 'Invalid session token' })

    const err = await apiErrorOf(() => client.call('me', {}))

    expect(err.code).toBe(209)
    expect(err.message).toMatch(/^登录已过期/)
  })

  it('asks to sign in when cloud code requires a user', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 142, error: 'Validation failed. Please login to continue.' })

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(142)
    expect(err.message).toBe('请先登录。')
  })

  it('passes a Chinese validation message from the server through unchanged', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 142, error: '请输入11位手机号。' })

    const err = await apiErrorOf(() => client.call('demoLogin', { phone: '1' }))

    expect(err.code).toBe(142)
    expect(err.message).toBe('请输入11位手机号。')
  })

  it('says no permission in Chinese for a forbidden operation', async () => {
    const { http, client } = setup()
    http.reply(403, { code: 119, error: 'Permission denied for action get on class Resident.' })

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(119)
    expect(err.message).toMatch(CHINESE)
    expect(err.message).not.toMatch(/permission/i)
  })

  it('never shows an English server message to people', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 141, error: 'Cannot read properties of undefined' })

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(141)
    expect(err.message).toMatch(CHINESE)
    expect(err.message).not.toContain('undefined')
  })

  it('reports a dropped network as code 100 with a Chinese message', async () => {
    const { http, client } = setup()
    http.failNetwork('request:fail net::ERR_INTERNET_DISCONNECTED')

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(CONNECTION_FAILED)
    expect(err.code).toBe(100)
    expect(err.message).toMatch(CHINESE)
    expect(err.message).not.toContain('ERR_INTERNET')
  })

  it.each([
    ['an HTML gateway page', '<html><body>502 Bad Gateway</body></html>'],
    ['an empty body', ''],
    ['no body at all', null],
  ])('reports a 502 with %s as code 100', async (_what, body) => {
    const { http, client } = setup()
    http.reply(502, body)

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(100)
    expect(err.message).toMatch(CHINESE)
  })

  it('treats a 200 that is not Parse (a Wi-Fi login page) as the server being unreachable', async () => {
    const { http, client } = setup()
    http.reply(200, '<html><body>请登录酒店 Wi-Fi</body></html>')

    const err = await apiErrorOf(() => client.call('myHome', {}))

    expect(err.code).toBe(100)
    expect(err.message).toMatch(CHINESE)
  })
})

describe('ParseRestClient.logout', () => {
  it('POSTs /logout with the session, then sends requests without it', async () => {
    const { http, client } = setup()
    http.reply(200, {}).reply(200, { result: {} })
    client.setSessionToken('r:bye')

    await client.logout()

    expect(http.requests[0].url).toBe(`${SERVER}/logout`)
    expect(http.requests[0].method).toBe('POST')
    expect(http.requests[0].headers['X-Parse-Session-Token']).toBe('r:bye')
    await client.call('myHome', {})
    expect(http.last.headers).not.toHaveProperty('X-Parse-Session-Token')
  })

  it('clears the token even when the server cannot be reached', async () => {
    const { http, client } = setup()
    http.failNetwork().reply(200, { result: {} })
    client.setSessionToken('r:bye')

    const err = await apiErrorOf(() => client.logout())
    expect(err.code).toBe(100)

    await client.call('myHome', {})
    expect(http.last.headers).not.toHaveProperty('X-Parse-Session-Token')
  })

  it('clears the token even when the server rejects the logout', async () => {
    const { http, client } = setup()
    http.reply(400, { code: 209, error: 'Invalid session token' }).reply(200, { result: {} })
    client.setSessionToken('r:stale')

    await expect(client.logout()).rejects.toMatchObject({ code: 209 })

    await client.call('myHome', {})
    expect(http.last.headers).not.toHaveProperty('X-Parse-Session-Token')
  })

  it('does not call the server without a session', async () => {
    const { http, client } = setup()

    await client.logout()

    expect(http.requests).toHaveLength(0)
  })
})
