/**
 * Demo login fails closed: only DEMO=on turns it on, it refuses production and a real WeChat
 * AppID, it says so loudly at start, and it signs in only accounts the demo seed created.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, loadConfig } from '@server/config'
import { TestClient, failure } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { freshUser, demoHome, validInput } from './support/registration'
import { DEMO, spawnServer, startTestServer, type TestServer } from './support/server'
import { STUB_APPID, STUB_SECRET, startWechatStub, type WechatStub } from './support/wechat-stub'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-demo-cfg-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('asking for demo mode', () => {
  it.each([undefined, 'test', 'development', 'staging', 'prod', 'Production', ''])('is off without DEMO, whatever NODE_ENV is (%p)', (nodeEnv) => {
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: nodeEnv }).demo).toBe(false)
  })

  it('is on with DEMO=on, and a DEMO value it does not understand is an error, not a guess', () => {
    expect(loadConfig({ DATA_DIR: dir, DEMO: 'on' }).demo).toBe(true)
    expect(loadConfig({ DATA_DIR: dir, DEMO: 'off' }).demo).toBe(false)
    expect(() => loadConfig({ DATA_DIR: dir, DEMO: 'maybe' })).toThrow(ConfigError)
  })

  it('refuses production and a real WeChat AppID', () => {
    expect(() => loadConfig({ DATA_DIR: dir, DEMO: 'on', NODE_ENV: 'production', MASTER_KEY: 'k', DATABASE_URI: 'postgres://x/y' })).toThrow(ConfigError)
    expect(() => loadConfig({ DATA_DIR: dir, DEMO: 'on', WX_APPID: 'wx1234567890abcdef' })).toThrow(/WX_APPID/)
    // A WeChat stub (WX_API_BASE elsewhere) signs in no real person: the tests run demo mode beside it.
    expect(loadConfig({ DATA_DIR: dir, DEMO: 'on', WX_APPID: STUB_APPID, WX_API_BASE: 'http://127.0.0.1:9/' }).demo).toBe(true)
  })

  it('a server asked for demo mode beside a real WeChat AppID does not start, and says why', async () => {
    const child = spawnServer({ DATA_DIR: dir, DEMO: 'on', WX_APPID: 'wx1234567890abcdef', WX_SECRET: 's' })
    let out = ''
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(out).toContain('配置错误：DEMO=on is not allowed together with a real WeChat AppID (WX_APPID)')
    expect(out).not.toContain('Tongxin server ready')
  })
})

describe('a demo server', () => {
  let server: TestServer
  let stub: WechatStub
  let api: TestClient
  let db: TestDb
  beforeAll(async () => {
    stub = await startWechatStub()
    server = await startTestServer({ WX_APPID: STUB_APPID, WX_SECRET: STUB_SECRET, WX_API_BASE: stub.url })
    api = new TestClient(server.base)
    db = openTestDb(server)
  })
  afterAll(async () => {
    await db?.close()
    await server?.close()
    await stub?.close()
  })

  it('warns at start that demo mode is on', () => {
    expect(server.output()).toContain('警告：演示模式已开启（DEMO=on）')
  })

  it('signs in a resident the seed created, and never one who registered for real', async () => {
    expect(await api.login(DEMO.resident)).toMatch(/^r:/)
    const phone = '13977770001'
    const person = await freshUser(api, 'real')
    const place = await demoHome(api, await api.login(DEMO.resident))
    const { registrationId } = await api.ok('submitResidentRegistration', validInput(place.buildingId, { phone, name: '真实居民' }), person.token)
    const staff = await api.login(DEMO.communityStaff)
    await api.ok('reviewResidentRegistration', { registrationId, approve: true }, staff)
    // The registration made a real resident profile with that phone and a user…
    expect(await db.count('Resident', `"phone" = $1 AND "user" = $2`, [phone, person.userId])).toBe(1)
    // …which demo login refuses, with the same answer as for a phone nobody has.
    const refused = failure(await api.call('demoLogin', { phone }))
    const unknown = failure(await api.call('demoLogin', { phone: '13977770002' }))
    expect(refused).toEqual(unknown)
    expect(refused.error).toBe('没有找到这个演示账号，请核对手机号。')
    expect(await db.count('_Session', `"user" = $1 AND "createdWith"->>'authProvider' = 'demo'`, [person.userId])).toBe(0)
  })
})

describe('a server without DEMO', () => {
  it('refuses demo login and seeds nothing', async () => {
    const server = await startTestServer({ DEMO: '', NODE_ENV: 'staging' })
    try {
      const err = failure(await new TestClient(server.base).call('demoLogin', { phone: DEMO.resident }))
      expect(err.code).toBe(119)
      expect(err.error).toBe('演示登录未开启，请使用微信登录。')
      expect(server.output()).not.toContain('演示模式已开启')
      expect(server.output()).not.toContain('首次启动')
    } finally {
      await server.close()
    }
  })
})
