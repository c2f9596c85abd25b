/**
 * The server process itself: configuration rules, data that survives a restart, recovery from
 * a crash that left PostgreSQL running, and an orderly shutdown on SIGTERM.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, loadConfig } from '@server/config'
import { isAlive } from '@server/database'
import { TestClient } from './support/client'
import { DEMO, startTestServer } from './support/server'

describe('configuration', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-cfg-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('production refuses to start without MASTER_KEY or DATABASE_URI', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URI: 'postgres://x/y' })).toThrow(ConfigError)
    expect(() => loadConfig({ NODE_ENV: 'production', MASTER_KEY: 'k' })).toThrow(ConfigError)
  })

  it('production refuses to start in demo mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MASTER_KEY: 'k', DATABASE_URI: 'postgres://x/y', DEMO: 'true', DATA_DIR: dir })).toThrow(/DEMO=on is not allowed with NODE_ENV=production/)
  })

  it('without MASTER_KEY a random key is generated once and kept in DATA_DIR', () => {
    const a = loadConfig({ DATA_DIR: dir })
    const b = loadConfig({ DATA_DIR: dir })
    expect(a.masterKey).toMatch(/^[0-9a-f]{48}$/)
    expect(b.masterKey).toBe(a.masterKey)
    expect(loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(dir, 'x')) }).masterKey).not.toBe(a.masterKey)
    expect(fs.statSync(path.join(dir, 'master-key')).mode & 0o077).toBe(0)
  })

  it('has the documented defaults', () => {
    const cfg = loadConfig({ DATA_DIR: dir })
    expect(cfg.port).toBe(1337)
    expect(cfg.appId).toBe('tongxin')
    // Demo mode is asked for (DEMO=on), never a default.
    expect(cfg.demo).toBe(false)
    expect(cfg.databaseUri).toBeNull()
    expect(cfg.wxApiBase).toBe('https://api.weixin.qq.com')
  })
})

describe('the server process', () => {
  it('keeps its data across a restart, and exits 0 on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-restart-'))
    try {
      const first = await startTestServer({}, dir)
      const token = await new TestClient(first.base).login(DEMO.resident)
      expect(await first.stop('SIGTERM')).toBe(0)

      const second = await startTestServer({}, dir)
      // The session made before the restart is still valid: the data is on disk, not re-seeded.
      const me = await new TestClient(second.base).ok('me', {}, token)
      expect(me.maskedPhone).toBe('139****0001')
      expect(second.output()).not.toContain('首次启动')
      expect(await second.stop('SIGINT')).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('recovers when a crash (kill -9) left PostgreSQL running on its data dir', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-crash-'))
    try {
      const crashed = await startTestServer({}, dir)
      await crashed.stop('SIGKILL')
      const pid = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0])
      expect(isAlive(pid)).toBe(true) // the orphaned postmaster is still up

      const recovered = await startTestServer({}, dir)
      expect((await new TestClient(recovered.base).ok('me', {}, await new TestClient(recovered.base).login(DEMO.senior))).isSenior).toBe(true)
      expect(await recovered.stop()).toBe(0)
      expect(isAlive(pid)).toBe(false) // the stale one was stopped, not left beside ours
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('one port for everything', () => {
  it('serves the H5 app at /, Parse Dashboard behind a login at /dashboard, and the API at /parse', async () => {
    const h5 = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-h5-'))
    fs.writeFileSync(path.join(h5, 'index.html'), '<!DOCTYPE html><title>同心社区</title>')
    fs.mkdirSync(path.join(h5, 'js'))
    fs.writeFileSync(path.join(h5, 'js', 'app.0123abcd.js'), 'console.log(1)')
    const server = await startTestServer({ H5_DIR: h5, DASHBOARD: 'on', DASHBOARD_PASSWORD: 'test-pass' })
    try {
      const origin = server.base.replace(/\/parse$/, '')
      const index = await fetch(`${origin}/`)
      expect(await index.text()).toContain('同心社区')
      // The page must never be cached (it names the current bundles); hashed bundles may be, for a year.
      expect(index.headers.get('cache-control')).toBe('no-cache')
      expect((await fetch(`${origin}/js/app.0123abcd.js`)).headers.get('cache-control')).toContain('immutable')

      const dashboard = await fetch(`${origin}/dashboard/apps`, { redirect: 'manual' })
      expect([301, 302, 303]).toContain(dashboard.status)
      expect(dashboard.headers.get('location')).toMatch(/login/)
      const login = await fetch(`${origin}/dashboard/login`)
      expect(login.status).toBe(200)
      expect(await login.text()).toMatch(/Parse Dashboard|dashboard/i)

      expect(await (await fetch(`${server.base}/health`)).json()).toEqual({ status: 'ok' })
    } finally {
      await server.close()
      fs.rmSync(h5, { recursive: true, force: true })
    }
  })
})
