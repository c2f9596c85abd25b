/**
 * The H5 app as a person sees it: find things by role, label and visible Chinese text.
 *
 * Taro's H5 router keeps earlier pages in the DOM, hidden, so every lookup is narrowed to
 * what is visible. Buttons are found by their role (src/components/ui.tsx gives Taro's
 * <taro-button-core> role="button") and their exact text.
 */
import type { Locator, Page } from 'playwright-core'
import { check } from './harness'

const SESSION_KEY = 'tongxin.session'
/** How long a picker wheel takes to settle after a tap or a drag (its transition is 0.3 s). */
const WHEEL_SETTLE_MS = 350

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
  /**
   * Waits until one of several things is visible (a page that shows either its empty state or its
   * list). The wait is what proves a tap's navigation has arrived: settled() alone can pass while
   * the old page is still the only one on screen.
   */
  async seeAny(what: string, first: Locator, ...more: Locator[]): Promise<void> {
    const any = more.reduce((acc, l) => acc.or(l), first).filter({ visible: true }).first()
    try {
      await any.waitFor({ state: 'visible' })
    } catch {
      throw new Error(`expected to see ${what}; the page shows:\n${await this.visibleText()}`)
    }
  }

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

  /**
   * Waits until no visible button says text (a form was sent and its page slid away). The
   * button, not any text: the next page may well show the same words, e.g. a timeline's 提交申请.
   */
  async buttonGone(text: string): Promise<void> {
    await this.button(text).first().waitFor({ state: 'hidden' })
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
    await this.fillField('手机号', phone)
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

  /**
   * Waits until one page is on screen. Taro slides a page in or out for about 300 ms, and
   * meanwhile both are visible: a tap then can land on the leaving page, or be lost.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => Array.from(document.querySelectorAll('.taro_page')).filter((p) => p.checkVisibility()).length === 1)
  }

  /** The visible element labelled exactly label (aria-label): a form field, a card, a picker. */
  labelled(label: string): Locator {
    return this.page.getByLabel(label, { exact: true }).filter({ visible: true })
  }

  /** Types into a labelled text field (the label sits on Taro's wrapper of the <input> or on the input itself). */
  async fillField(label: string, value: string): Promise<void> {
    await (await this.editable(label)).fill(value)
  }

  /**
   * The real text box of a labelled field. Taro's H5 inputs are custom elements
   * (taro-input-core, taro-textarea-core) that create their inner <input> or <textarea> only
   * after they attach, so the label can resolve to the wrapper first: wait for the inner box.
   */
  async editable(label: string): Promise<Locator> {
    const field = this.labelled(label).first()
    await field.waitFor({ state: 'visible' })
    const tag = await field.evaluate((el) => el.tagName.toLowerCase())
    if (tag === 'input' || tag === 'textarea') return field
    const inner = field.locator('input, textarea').first()
    await inner.waitFor({ state: 'attached' })
    return inner
  }

  /** Ticks the labelled checkbox by tapping words of it (links inside do not tick it). */
  async tick(label: string, words: string): Promise<void> {
    const box = this.page.getByRole('checkbox', { name: label }).filter({ visible: true })
    await box.getByText(words, { exact: true }).click()
    check((await box.getAttribute('aria-checked')) === 'true', `the checkbox "${label}" did not become checked`)
  }

  /** The labelled on/off switch's state. */
  async switchIsOn(label: string): Promise<boolean> {
    return (await this.page.getByRole('switch', { name: label }).filter({ visible: true }).getAttribute('aria-checked')) === 'true'
  }

  async flipSwitch(label: string): Promise<void> {
    const before = await this.switchIsOn(label)
    await this.page.getByRole('switch', { name: label }).filter({ visible: true }).click()
    check((await this.switchIsOn(label)) !== before, `the switch "${label}" did not flip`)
  }

  /**
   * Chooses options in WeChat's picker as Taro draws it on H5: tap the labelled field, turn each
   * wheel of the bottom sheet to its option (a tap on a row near the middle, a drag for rows
   * further away), then 确定. One option per wheel: a date is 2025年, 03月, 15日.
   */
  async choose(label: string, ...options: string[]): Promise<void> {
    await this.labelled(label).click()
    const sheet = this.page.locator('.weui-picker').filter({ visible: true })
    await sheet.waitFor()
    const wheels = sheet.locator('taro-picker-group')
    for (const [i, option] of options.entries()) await this.turnWheel(wheels.nth(i), option)
    await sheet.locator('.weui-picker__action').getByText('确定', { exact: true }).click()
    await sheet.waitFor({ state: 'hidden' })
  }

  private async turnWheel(wheel: Locator, option: string): Promise<void> {
    const rows = wheel.locator('.weui-picker__item')
    for (let attempt = 0; attempt < 30; attempt++) {
      const texts = (await rows.allTextContents()).map((t) => t.trim())
      const index = texts.indexOf(option)
      check(index >= 0, `the picker has no "${option}"; it offers: ${texts.join(' ')}`)
      const [box, middle, row] = await Promise.all([wheel.boundingBox(), wheel.locator('.weui-picker__indicator').boundingBox(), rows.nth(index).boundingBox()])
      check(box !== null && middle !== null && row !== null, 'the picker wheel is not on screen')
      const x = box.x + box.width / 2
      const centre = middle.y + middle.height / 2
      const offset = row.y + row.height / 2 - centre
      if (Math.abs(offset) < 2) return
      if (Math.abs(offset) <= 2.5 * middle.height) {
        await this.page.mouse.click(x, centre + offset)
      } else {
        const step = Math.sign(offset) * Math.min(Math.abs(offset), 2.5 * middle.height)
        await this.page.mouse.move(x, centre)
        await this.page.mouse.down()
        await this.page.mouse.move(x, centre - step, { steps: 6 })
        await this.page.mouse.up()
      }
      await this.page.waitForTimeout(WHEEL_SETTLE_MS)
    }
    throw new Error(`the picker wheel did not turn to "${option}"`)
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
