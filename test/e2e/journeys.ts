/** The journeys a resident takes through the H5 app, against the real server. */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Pool } from 'pg'
import { type Api, CloudError } from './api'
import { AppPage } from './app-page'
import { check, phoneContext, RESULTS_DIR, type Runner } from './harness'

/** Demo accounts, in the seed's order (server/seed/generate.ts). */
const RESIDENT = '13900000001'
const NEW_RESIDENT = '13900000003'
const STEWARD = '13900000004'
const UNKNOWN = '13999999999'

export interface JourneyEnv {
  runner: Runner
  browser: Browser
  baseUrl: string
  api: Api
  pool: Pool
}

/** Taro keeps `{"data": value}` in localStorage; the value is the session token. */
export function tokenOf(stored: string | null): string | null {
  if (!stored) return null
  try {
    const parsed: unknown = JSON.parse(stored)
    if (parsed && typeof parsed === 'object' && 'data' in parsed && typeof parsed.data === 'string') return parsed.data || null
  } catch {
    // Not Taro's wrapper: the raw value is the token.
  }
  return stored
}

async function sessionCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "_Session"')
  return rows[0].n
}

/** A page that turns uncaught errors in the app into test failures. */
export async function newAppPage(context: BrowserContext): Promise<{ app: AppPage; errors: string[] }> {
  const page: Page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  return { app: new AppPage(page), errors }
}

export function noPageErrors(errors: string[]): void {
  check(errors.length === 0, `the app threw: ${errors.join('; ')}`)
}

export async function saveFailure(app: AppPage, name: string): Promise<void> {
  const file = path.join(RESULTS_DIR, `e2e-fail-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`)
  await app.page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  console.log(`      screenshot: ${path.relative(process.cwd(), file)}`)
}

export async function runJourneys(env: JourneyEnv): Promise<void> {
  const { runner, browser, baseUrl, api, pool } = env
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  // Screenshots of an earlier run's failures would read as this run's.
  for (const file of fs.readdirSync(RESULTS_DIR)) if (file.startsWith('e2e-fail-')) fs.rmSync(path.join(RESULTS_DIR, file))

  // What the resident's home should show, asked of the server the way the app asks.
  const expected = await api.as(RESIDENT, async (token) => ({ home: await api.call('myHome', {}, token), me: await api.call('me', {}, token) }))
  const steward = expected.home.steward
  check(steward !== null, 'the seed gave the demo resident no steward')
  check(steward.maskedPhone === '139****0004', `the resident's steward is not the demo steward: ${steward.maskedPhone}`)

  // Journeys 1-3 are one resident's visit: sign in, come back later, sign out.
  const context = await phoneContext(browser, baseUrl)
  const { app, errors } = await newAppPage(context)
  const journey = async (name: string, fn: () => Promise<void>) => {
    const ok = await runner.test(name, async () => {
      await fn()
      noPageErrors(errors)
    })
    if (!ok) await saveFailure(app, name)
    return ok
  }

  await journey('1. resident signs in and sees their steward, phone masked', async () => {
    await app.open()
    await app.see('欢迎来到同心社区')
    await app.signIn(RESIDENT)
    await app.see('我的楼道红管家')
    const card = app.page.getByLabel('我的楼道红管家', { exact: true }).filter({ visible: true })
    await card.getByText(steward.name, { exact: true }).waitFor()
    await card.getByText('139****0004', { exact: true }).waitFor()
    // A screen reader finds the call button by its purpose, not just its two characters.
    await card.getByRole('button', { name: '给红管家打电话' }).waitFor()
    const shown = await app.visibleText()
    const everything = await app.allText()
    for (const phone of [RESIDENT, STEWARD]) {
      check(!shown.includes(phone) && !everything.includes(phone), `the full phone ${phone} is in the page text`)
    }
    check(tokenOf(await app.storedSession()) !== null, 'no session was kept on the device')
    await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-home.png'), fullPage: true })
  })

  await journey('2. after a reload the resident is still signed in', async () => {
    await app.page.reload()
    const card = app.page.getByLabel('我的楼道红管家', { exact: true }).filter({ visible: true })
    await card.getByText(steward.name, { exact: true }).waitFor()
    await card.getByText('139****0004', { exact: true }).waitFor()
  })

  await journey('3. 我的 shows name and role; 退出登录 signs out', async () => {
    const token = tokenOf(await app.storedSession())
    check(token !== null, 'no session on the device before signing out')
    await app.tapTab('我的')
    const profile = app.page.getByLabel('我的资料', { exact: true }).filter({ visible: true })
    await profile.getByText(expected.me.displayName, { exact: true }).waitFor()
    await profile.getByText('居民', { exact: true }).waitFor()
    await app.tapButton('退出登录')
    await app.see('确定退出当前账号吗？')
    await app.text('确定').click()
    await app.see('欢迎来到同心社区')
    check((await app.storedSession()) === null, 'the session is still kept on the device after signing out')
    const stillValid = await api.call('me', {}, token).then(
      () => true,
      (err: unknown) => !(err instanceof CloudError && err.code === 209),
    )
    check(!stillValid, 'the server still accepts the session after signing out')
  })
  await context.close()

  // Journeys 4-6 each start on a fresh phone.
  const fresh = async (name: string, fn: (app: AppPage) => Promise<void>) => {
    const ctx = await phoneContext(browser, baseUrl)
    const { app: page, errors: thrown } = await newAppPage(ctx)
    const ok = await runner.test(name, async () => {
      await page.open()
      await page.see('欢迎来到同心社区')
      await fn(page)
      noPageErrors(thrown)
    })
    if (!ok) await saveFailure(page, name)
    await ctx.close()
  }

  await fresh('4. consent is required before signing in', async (page) => {
    const logins: string[] = []
    page.page.on('request', (req) => {
      if (req.url().includes('/parse/functions/demoLogin')) logins.push(req.url())
    })
    const before = await sessionCount(pool)
    await page.signIn(RESIDENT, { consent: false })
    await page.see('请先阅读并同意隐私保护指引。')
    // Give a wrongly sent request time to arrive before checking that none was.
    await page.page.waitForTimeout(500)
    check(logins.length === 0, 'a login request was sent without consent')
    check((await sessionCount(pool)) === before, 'a session was created without consent')
    check((await page.storedSession()) === null, 'a session was kept on the device without consent')
    check((await page.consent().getAttribute('aria-checked')) === 'false', 'the consent checkbox is checked')
  })

  await fresh('5. an unknown phone is told so', async (page) => {
    await page.signIn(UNKNOWN)
    await page.see('没有找到这个演示账号，请核对手机号。')
    check((await page.storedSession()) === null, 'a session was kept for an unknown phone')
  })

  await fresh('6. a new resident without a home is asked to register', async (page) => {
    await page.signIn(NEW_RESIDENT)
    await page.see('还没有绑定住址')
  })
}
