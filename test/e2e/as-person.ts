/**
 * One person's turn in a journey: a fresh phone (browser context), signed in with their demo
 * phone. Errors the app logs to the console are collected into `errors` (journeys then check
 * noPageErrors); a failure saves a picture through onFail and names the person.
 */
import type { Browser } from 'playwright-core'
import type { AppPage } from './app-page'
import { phoneContext } from './harness'
import { newAppPage } from './journeys'

export async function asPerson(
  env: { browser: Browser; baseUrl: string },
  phone: string,
  errors: string[],
  fn: (app: AppPage) => Promise<void>,
  onFail: (app: AppPage) => Promise<void>,
): Promise<void> {
  const context = await phoneContext(env.browser, env.baseUrl)
  try {
    const { app, errors: own } = await newAppPage(context)
    app.page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) own.push(msg.text().split('\n')[0])
    })
    try {
      await app.open()
      await app.see('欢迎来到同心社区')
      await app.signIn(phone)
      await app.gone('演示账号手机号')
      await app.settled()
      await fn(app)
    } catch (err) {
      await onFail(app)
      if (err instanceof Error) err.message = `as ${phone}: ${err.message}`
      if (own.length > 0 && err instanceof Error) err.message += `\nthe app reported: ${own.join('; ')}`
      throw err
    } finally {
      errors.push(...own)
    }
  } finally {
    await context.close()
  }
}
