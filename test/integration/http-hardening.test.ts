/**
 * What the HTTP layer promises from outside: readiness (503 until the first start's data is
 * written, liveness apart), security headers on the H5 app, the dashboard and the API, and a
 * dashboard login that stops answering wrong passwords after a few.
 */
import crypto from 'node:crypto'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { TestClient } from './support/client'
import { requestFrom } from './support/from-address'
import { DEMO, spawnServer } from './support/server'

const LISTENING = /HTTP listening: (http:\/\/\S+) /
const PASSWORD = 'right-password-42'
const INLINE = 'window.__sized=1'

let child: ChildProcess
let url = ''
let out = ''
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-http-'))
const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-h5-'))
// Shaped like Taro's output: one inline script (rem sizing) and the bundles by src.
fs.mkdirSync(path.join(h5Dir, 'js'))
// A bundle large enough to be worth compressing, shaped like minified code.
const BUNDLE = Array.from({ length: 400 }, (_, i) => `function f${i}(a){return a+${i}}`).join(';')
fs.writeFileSync(path.join(h5Dir, 'js', 'app.js'), BUNDLE)
fs.writeFileSync(path.join(h5Dir, 'index.html'), `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`)
const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

beforeAll(async () => {
  child = spawnServer({ DATA_DIR: dataDir, DEMO: 'on', H5_DIR: h5Dir, DASHBOARD: 'on', DASHBOARD_PASSWORD: PASSWORD })
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen in 90 s:\n${out}`)), 90_000)
    const onData = (c: Buffer) => {
      out += c.toString()
      const m = LISTENING.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)))
  })
})

afterAll(async () => {
  child?.kill('SIGTERM')
  if (child) await exited()
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(h5Dir, { recursive: true, force: true })
})

describe('readiness', () => {
  it('answers 503 while the first start writes its demo data, and 200 only once a demo account can sign in', async () => {
    let starting = 0
    for (;;) {
      const live = await fetch(`${url}/parse/live`)
      expect(live.status).toBe(200)
      const health = await fetch(`${url}/parse/health`)
      if (health.status === 200) break
      expect(health.status).toBe(503)
      expect(health.headers.get('retry-after')).toBe('1')
      expect(await health.json()).toMatchObject({ status: 'starting' })
      starting++
      await new Promise((r) => setTimeout(r, 50))
    }
    // The seed of the demo street takes seconds; the server listens before it starts.
    expect(starting).toBeGreaterThan(0)
    expect(out).toContain('首次启动')
    expect(await new TestClient(`${url}/parse`).login(DEMO.resident)).toMatch(/^r:/)
  })
})

describe('security headers', () => {
  function sha256(text: string): string {
    return `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`
  }

  it('the H5 app: a CSP naming its inline script by hash, no framing, nosniff, no HSTS outside production', async () => {
    const res = await fetch(`${url}/`)
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`script-src 'self' ${sha256(INLINE)}`)
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('the H5 bundles are sent compressed and cached for good; index.html is never cached', async () => {
    const raw = await new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
      http
        .get(`${url}/js/app.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          let bytes = 0
          res.on('data', (c: Buffer) => (bytes += c.length))
          res.on('end', () => resolve({ headers: res.headers, bytes }))
        })
        .on('error', reject)
    })
    expect(raw.headers['content-encoding']).toBe('gzip')
    expect(raw.bytes).toBeLessThan(BUNDLE.length / 3)
    expect(raw.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const index = await fetch(`${url}/`)
    expect(index.headers.get('cache-control')).toBe('no-cache')
    // The API's JSON is compressed too, for clients that ask (Taro.request and browsers do).
    const token = await new TestClient(`${url}/parse`).login(DEMO.resident)
    const api = await fetch(`${url}/parse/functions/exportMyData`, {
      method: 'POST',
      headers: { 'X-Parse-Application-Id': 'tongxin', 'X-Parse-Session-Token': token, 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
      body: '{}',
    })
    expect(api.status).toBe(200)
    expect(JSON.stringify(await api.json()).length).toBeGreaterThan(1024)
    expect(api.headers.get('content-encoding')).toBe('gzip')
  })

  it('the dashboard: every inline script of the page it sends is named in its CSP', async () => {
    const res = await fetch(`${url}/dashboard/login`)
    const html = await res.text()
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(inline.length).toBeGreaterThan(0)
    const scriptSrc = /script-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? ''
    for (const script of inline) expect(scriptSrc).toContain(sha256(script))
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('the API: nosniff and no framing', async () => {
    const res = await fetch(`${url}/parse/functions/me`, { method: 'POST', headers: { 'X-Parse-Application-Id': 'tongxin' } })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })
})

describe('the dashboard login', () => {
  async function loginPage(from: string): Promise<{ cookie: string; csrf: string }> {
    const page = await requestFrom(from, 'GET', `${url}/dashboard/login`)
    const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ')
    const csrf = JSON.parse(/<script id="csrf" type="application\/json">([^<]*)<\/script>/.exec(page.body)?.[1] ?? '""') as string
    return { cookie, csrf }
  }

  async function login(from: string, password: string, session: { cookie: string; csrf: string }) {
    const body = new URLSearchParams({ username: 'admin', password, _csrf: session.csrf }).toString()
    return requestFrom(from, 'POST', `${url}/dashboard/login`, { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: session.cookie }, body })
  }

  it('refuses with 429 after 5 wrong passwords from one address, even the right one then', async () => {
    const session = await loginPage('127.0.0.2')
    for (let i = 0; i < 5; i++) {
      const r = await login('127.0.0.2', `wrong-${i}`, session)
      expect(r.status).toBe(302)
      expect(r.headers.location).toBe('/dashboard/login')
    }
    const locked = await login('127.0.0.2', PASSWORD, session)
    expect(locked.status).toBe(429)
    expect(locked.body).toBe('登录失败次数过多，请 15 分钟后再试。')
    // Another address signs in; its successes are not counted against it.
    for (let i = 0; i < 6; i++) {
      // A sign-in starts a new session (and CSRF token), as a browser reloading the form would.
      const ok = await login('127.0.0.3', PASSWORD, await loginPage('127.0.0.3'))
      expect(ok.status).toBe(302)
      expect(ok.headers.location).toBe('/dashboard/apps')
    }
  })
})
