/**
 * The H5 app as a person sees it: find things by role, label and visible Chinese text.
 *
 * Taro's H5 router keeps earlier pages in the DOM, hidden, so every lookup is narrowed to
 * what is visible. Buttons are found by their role (src/components/ui.tsx gives NutUI's
 * <taro-button-core> role="button") and their exact text.
 */
import type { Locator, Page } from 'playwright-core'
import { check } from './harness'

const SESSION_KEY = 'tongxin.session'

function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
}

export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app at its home page. */
  async open(): Promise<void> {
    await this.page.goto('/')
  }

  /** The one visible element whose text is exactly (or, with exact false, contains) text. */
  text(text: string, exact = true): Locator {
    return this.page.getByText(text, { exact }).filter({ visible: true }).first()
  }

  /** Waits until text is visible. */
  async see(text: string, exact = true): Promise<void> {
    try {
      await this.text(text, exact).waitFor({ state: 'visible' })
    } catch {
      throw new Error(`expected to see "${text}"; the page shows:\n${await this.visibleText()}`)
    }
  }

  /** Waits until text is no longer visible (a page has finished sliding away). */
  async gone(text: string, exact = true): Promise<void> {
    await this.text(text, exact).waitFor({ state: 'hidden' })
  }

  /** The visible button labelled exactly text. */
  button(text: string): Locator {
    return this.page.getByRole('button').filter({ hasText: exactly(text) }).filter({ visible: true })
  }

  async tapButton(text: string): Promise<void> {
    await this.button(text).click()
  }

  /** A tab of the tab bar (rendered as links). */
  async tapTab(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).filter({ visible: true }).click()
  }

  /** The login form's consent checkbox. */
  consent(): Locator {
    return this.page.getByRole('checkbox', { name: /我已阅读并同意/ }).filter({ visible: true })
  }

  /** Ticks consent by tapping its words (the middle of the row is the privacy link). */
  async tickConsent(): Promise<void> {
    const box = this.consent()
    await box.getByText('我已阅读并同意', { exact: true }).click()
    check((await box.getAttribute('aria-checked')) === 'true', 'the consent checkbox did not become checked')
  }

  /** Types into the phone field (aria-label 手机号 sits on Taro's wrapper of the <input>). */
  async typePhone(phone: string): Promise<void> {
    const field = this.page.getByLabel('手机号', { exact: true }).filter({ visible: true })
    const input = field.locator('input')
    await ((await input.count()) > 0 ? input : field).fill(phone)
  }

  /** Home (signed out) -> 登录 -> consent (optional) -> phone -> 登录. */
  async signIn(phone: string, opts: { consent: boolean } = { consent: true }): Promise<void> {
    await this.tapButton('登录')
    await this.see('演示账号手机号')
    // Until the home page has slid away its own 登录 button is still on screen.
    await this.gone('欢迎来到同心社区')
    if (opts.consent) await this.tickConsent()
    await this.typePhone(phone)
    await this.tapButton('登录')
  }

  /** What a person can read on screen right now. */
  visibleText(): Promise<string> {
    return this.page.locator('body').innerText()
  }

  /** Every text node in the document, hidden pages included. */
  allText(): Promise<string> {
    return this.page.evaluate(() => document.body.textContent ?? '')
  }

  /** The session token kept on the device, if any (Taro wraps values it stores). */
  async storedSession(): Promise<string | null> {
    return this.page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY)
  }
}
