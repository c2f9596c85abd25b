/**
 * Issue #3's journeys (residents): care mode, my data, registration and its review.
 *
 * Who each journey uses, and the one order they rely on:
 * - 7. care mode: 13900000002, the senior. It changes only the care choice kept on its own phone.
 * - 8. my data: an ordinary seeded resident found through the server (only the resident role, no
 *   demo account, not a senior); the journey deletes them, and no other journey uses them.
 * - 9. registration approved: 13900000003, the one demo account without a home. Approval gives
 *   them one, and journeys.ts's journey 6 needs them without: run.ts runs this one after journey 6
 *   on the shared server, and it checks that the account has no home before it starts.
 * - 10. registration rejected: 13900000003 too, so on a fresh server of its own (run.ts boots it).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Locator } from 'playwright-core'
import type { BuildingLayout, HomeInfo, Me, MyDataExport } from '@contract/domain'
import { CloudError } from './api'
import type { AppPage } from './app-page'
import { check, phoneContext, RESULTS_DIR } from './harness'
import { newAppPage, noPageErrors, saveFailure, tokenOf, type JourneyEnv as SharedEnv } from './journeys'

/** What these journeys need: no direct database access. */
export type JourneyEnv = Omit<SharedEnv, 'pool'>

/** Demo accounts (README.md). */
const RESIDENT = '13900000001'
const SENIOR = '13900000002'
const NEW_RESIDENT = '13900000003'
const STAFF = '13900000007'
/** Seeded people past the demo accounts, where an ordinary resident is looked for. */
const FIRST_ORDINARY = 10
const LAST_ORDINARY = 60

const UNKNOWN_ACCOUNT = '没有找到这个演示账号，请核对手机号。'
/** Taro keeps a value as {"data": value} in localStorage; the draft's key ends with the user id. */
const DRAFT_KEY = 'tongxin.registrationDraft.'

/** Runs one journey on a fresh phone that starts signed out; uncaught errors in the app fail it. */
async function onFreshPhone(env: JourneyEnv, name: string, fn: (app: AppPage) => Promise<void>): Promise<void> {
  const context: BrowserContext = await phoneContext(env.browser, env.baseUrl)
  const { app, errors } = await newAppPage(context)
  // React reports a page that failed to render on the console, not as an uncaught error.
  app.page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text().split('\n')[0])
  })
  const ok = await env.runner.test(name, async () => {
    try {
      await app.open()
      await app.see('欢迎来到同心社区')
      await fn(app)
    } catch (err) {
      // What the app reported is usually why a step timed out.
      if (errors.length > 0 && err instanceof Error) err.message += `\nthe app reported: ${errors.join('; ')}`
      throw err
    }
    noPageErrors(errors)
  })
  if (!ok) await saveFailure(app, name)
  await context.close()
}

// ── Steps a person takes ─────────────────────────────────────────────────────────────────

/** Back to a tab page the way a browser user goes back (H5 has no back button of its own). */
async function backTo(app: AppPage, tab: string): Promise<void> {
  const link = app.page.getByRole('link', { name: tab, exact: true }).filter({ visible: true })
  await app.settled()
  for (let i = 0; i < 5 && !(await link.isVisible()); i++) {
    await app.page.goBack()
    await app.settled()
  }
  await app.tapTab(tab)
  await app.settled()
}

/** Signs in and waits for the login page to have gone: a tap while it still slides away is lost. */
async function signInAs(app: AppPage, phone: string): Promise<void> {
  await app.signIn(phone)
  await app.gone('演示账号手机号')
  await app.settled()
}

/** 我的 → 退出登录 → 确定, from wherever the person is. */
async function signOut(app: AppPage): Promise<void> {
  await backTo(app, '我的')
  await app.tapButton('退出登录')
  await app.see('确定退出当前账号吗？')
  await app.text('确定').click()
  await app.see('欢迎来到同心社区')
  await app.settled()
  check((await app.storedSession()) === null, 'the session is still kept on the device after signing out')
}

/** 我的 → one of its menu rows (rendered as links). */
async function openFromMine(app: AppPage, entry: string): Promise<void> {
  await backTo(app, '我的')
  await app.page.getByRole('link', { name: entry, exact: true }).filter({ visible: true }).click()
}

/** The review queue's row of a registrant, found by their name whatever else the row shows. */
function queueRow(app: AppPage, name: string): Locator {
  return app.page.getByRole('listitem').filter({ hasText: name }).filter({ visible: true })
}

/** Staff: 我的 → 住户登记审核 → the registrant's row → the registration, ready to decide. */
async function openRegistrationForReview(app: AppPage, name: string): Promise<void> {
  await openFromMine(app, '住户登记审核')
  await queueRow(app, name).first().click()
  await app.see('审核')
  await app.button('通过').waitFor()
  await app.text(name).waitFor()
  await app.settled()
}

/** After a decision the queue of registrations waiting for review is back, without theirs. */
async function backInQueue(app: AppPage, name: string): Promise<void> {
  await app.gone('审核')
  await app.button('待审核').waitFor()
  await queueRow(app, name).first().waitFor({ state: 'hidden' })
}

/** A visible card by its accessible name (cards carry aria-label: 我的楼道红管家, 我的住址, 我的登记). */
function card(app: AppPage, label: string): Locator {
  return app.labelled(label)
}

/** A date the person picks on the date wheels, and how the app then shows it. */
interface PickedDate {
  wheels: [string, string, string]
  shown: string
}

/** The same day a year ago in Asia/Shanghai (the 28th at most, so every month has it). */
function aYearAgo(): PickedDate {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).split('-').map(Number)
  const year = y - 1
  const day = Math.min(d, 28)
  const mm = String(m).padStart(2, '0')
  const dd = String(day).padStart(2, '0')
  return { wheels: [`${year}年`, `${mm}月`, `${dd}日`], shown: `${year}年${m}月${day}日` }
}

/** A room of the building on the room wheels: unit, floor, door, and how the form writes it. */
function roomOf(layout: BuildingLayout, unit: number, floor: number, door: number): { wheels: [string, string, string]; room: string } {
  check(unit <= layout.units && floor <= layout.floors && door <= layout.doorsPerFloor, `${layout.name} has no room ${unit}-${floor}-${door}`)
  const d = String(door).padStart(2, '0')
  return { wheels: [`${unit}单元`, `${floor}层`, `${d}室`], room: `${unit}单元${floor}${d}` }
}

/** Where the demo resident lives (杨家门社区, their compound, 1幢) and its steward, as the server says. */
async function demoBuilding(env: JourneyEnv): Promise<{ home: HomeInfo; layout: BuildingLayout }> {
  const { api } = env
  return api.as(RESIDENT, async (token) => {
    const home = await api.call('myHome', {}, token)
    const { buildings } = await api.call('placeOptions', { compoundId: home.compound.id }, token)
    const layout = buildings.find((b) => b.id === home.building.id)
    check(layout !== undefined, `the server lists no layout for ${home.building.name}`)
    check(home.steward !== null, `the seed gave ${home.building.name} no steward`)
    return { home, layout }
  })
}

async function newResidentHasNoHome(env: JourneyEnv): Promise<Me> {
  const me = await env.api.as(NEW_RESIDENT, (token) => env.api.call('me', {}, token))
  check(!me.hasHome, `${NEW_RESIDENT} already has a home: this journey must run before anything registers them (see the top of journeys-residents.ts)`)
  return me
}

/** Community → search the compound → building → room, through the pickers and the compound list. */
async function pickHome(app: AppPage, home: HomeInfo, room: [string, string, string]): Promise<void> {
  await app.choose('所在社区', home.community.name)
  // A part of the name is enough to find it.
  await app.fillField('查找小区', home.compound.name.slice(0, 2))
  const compound = app.page.getByRole('option', { name: home.compound.name, exact: true }).filter({ visible: true })
  await compound.click()
  await app.page.getByRole('option', { name: `✓ ${home.compound.name}`, exact: true }).filter({ visible: true }).waitFor()
  await app.choose('楼栋', home.building.name)
  await app.choose('房号', ...room)
}

// ── The journeys ─────────────────────────────────────────────────────────────────────────

/** 9. A new resident registers, community staff approve, their home shows their building and steward. */
export async function registrationApproved(env: JourneyEnv): Promise<void> {
  await onFreshPhone(env, '9. a new resident registers, staff approve, home shows their building and steward', async (app) => {
    const me = await newResidentHasNoHome(env)
    const { home, layout } = await demoBuilding(env)
    const steward = home.steward!
    const room = roomOf(layout, layout.units, layout.floors, layout.doorsPerFloor)
    const moveIn = aYearAgo()
    const name = me.displayName

    await signInAs(app, NEW_RESIDENT)
    await app.see('还没有绑定住址')
    await app.tapButton('去登记')
    await app.see('提交登记')

    // The shared rules speak as the person types, before anything is submitted.
    const submits: string[] = []
    app.page.on('request', (req) => {
      if (req.url().includes('/functions/submitResidentRegistration')) submits.push(req.url())
    })
    await app.fillField('姓名', name.slice(0, 1))
    await app.see('姓名至少2个字。')
    await app.fillField('姓名', '')
    await app.see('请填写姓名。')
    await app.fillField('姓名', name)
    await app.gone('请填写姓名。')
    await app.fillField('手机号', NEW_RESIDENT.slice(0, 5))
    await app.see('请填写11位手机号。')
    await app.fillField('手机号', NEW_RESIDENT)
    await app.gone('请填写11位手机号。')
    check(submits.length === 0, 'the form was sent while the person was still typing')

    await pickHome(app, home, room.wheels)
    await app.choose('入住日期', ...moveIn.wheels)
    await app.text(moveIn.shown).waitFor()
    await app.tapButton('添加同住家人')
    await app.choose('第1位家人与您的关系', '配偶')
    await app.tick('同意隐私保护指引', '我已阅读并同意')
    await app.tapButton('提交登记')

    // 我的登记: waiting for review, with what was sent.
    const mine = card(app, '我的登记')
    await mine.getByText('审核中', { exact: true }).waitFor()
    await mine.getByText(`${home.community.name} · ${home.compound.name} · ${home.building.name} ${room.room}室`, { exact: true }).waitFor()
    await mine.getByText('配偶', { exact: true }).waitFor()
    await mine.getByText(moveIn.shown, { exact: true }).waitFor()
    await signOut(app)

    // Community staff of 杨家门社区 approve it.
    await signInAs(app, STAFF)
    await openRegistrationForReview(app, name)
    await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-review.png') })
    await app.tapButton('通过')
    // Back in the queue of registrations waiting for review, theirs is no longer there.
    await backInQueue(app, name)
    await signOut(app)

    // The resident's home now shows their building and its steward.
    await signInAs(app, NEW_RESIDENT)
    const stewardCard = card(app, '我的楼道红管家')
    await stewardCard.getByText(steward.name, { exact: true }).waitFor()
    await stewardCard.getByText(home.building.name, { exact: true }).waitFor()
    await stewardCard.getByText(steward.maskedPhone, { exact: true }).waitFor()
    await card(app, '我的住址').getByText(`${home.building.name} ${room.room}室`, { exact: true }).waitFor()
    await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-registered-home.png') })
    // Moved in within three years: a new resident, now with the resident role.
    await app.tapTab('我的')
    const profile = card(app, '我的资料')
    await profile.getByText('居民', { exact: true }).waitFor()
    await profile.getByText('新居民', { exact: true }).waitFor()
    check(!(await profile.getByText('未登记住址', { exact: true }).isVisible()), '我的 still says 未登记住址 after approval')
  })
}

/** 10. Staff reject with a reason; the resident reads it, corrects the registration and sends it again. */
export async function registrationRejected(env: JourneyEnv): Promise<void> {
  await onFreshPhone(env, '10. staff reject with a reason; the resident corrects and resubmits', async (app) => {
    const me = await newResidentHasNoHome(env)
    const { home, layout } = await demoBuilding(env)
    const name = me.displayName
    const first = roomOf(layout, 1, 2, 1)
    const corrected = roomOf(layout, 2, 2, 2)
    const reason = '房号与房产信息不符，请核对单元号后重新提交'

    // A draft kept on this phone from an earlier visit names a room the building does not have
    // (one unit too many): the shared rule flags it as soon as the form opens, before any submit.
    const place = (p: { id: string; name: string }) => ({ id: p.id, name: p.name })
    const draft = {
      name,
      phone: NEW_RESIDENT,
      room: `${layout.units + 1}单元101`,
      moveInDate: '',
      household: [],
      birthYear: '',
      origin: '',
      workplace: '',
      community: place(home.community),
      compound: place(home.compound),
      building: place(home.building),
    }
    await app.page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [DRAFT_KEY + me.userId, JSON.stringify({ data: JSON.stringify(draft) })])
    await signInAs(app, NEW_RESIDENT)
    await app.tapButton('去登记')
    await app.see(`${home.building.name}没有这个房号，请核对。`)
    await app.choose('房号', ...first.wheels)
    await app.gone(`${home.building.name}没有这个房号，请核对。`)
    const moveIn = aYearAgo()
    await app.choose('入住日期', ...moveIn.wheels)
    await app.tick('同意隐私保护指引', '我已阅读并同意')
    await app.tapButton('提交登记')
    await card(app, '我的登记').getByText('审核中', { exact: true }).waitFor()
    await signOut(app)

    // Staff reject: first without a reason (refused in words), then with one.
    await signInAs(app, STAFF)
    await openRegistrationForReview(app, name)
    await app.tapButton('驳回')
    await app.see('驳回时请写明原因，方便居民修改。')
    await app.fillField('驳回原因', reason)
    await app.tapButton('驳回')
    await backInQueue(app, name)
    await signOut(app)

    // The resident sees why on their home, corrects the room and sends it again.
    await signInAs(app, NEW_RESIDENT)
    const mine = card(app, '我的登记')
    await mine.getByText('未通过', { exact: true }).waitFor()
    await mine.getByText(reason, { exact: true }).waitFor()
    await app.tapButton('修改后重新提交')
    await app.see('提交登记')
    // What they sent before is filled in; consent is asked again.
    await app.text(first.room).waitFor()
    check((await app.page.getByRole('checkbox', { name: '同意隐私保护指引' }).filter({ visible: true }).getAttribute('aria-checked')) === 'false', 'consent was carried over to the resubmission')
    await app.choose('房号', ...corrected.wheels)
    await app.text(corrected.room).waitFor()
    await app.tick('同意隐私保护指引', '我已阅读并同意')
    await app.tapButton('提交登记')
    const again = card(app, '我的登记')
    await again.getByText('审核中', { exact: true }).waitFor()
    await again.getByText(`${home.community.name} · ${home.compound.name} · ${home.building.name} ${corrected.room}室`, { exact: true }).waitFor()

    // Staff have it again, pending, with the corrected room.
    const pending = await env.api.as(STAFF, (token) => env.api.call('listRegistrations', { status: 'pending' }, token))
    const theirs = pending.items.filter((r) => r.name === name)
    check(theirs.length === 1, `staff see ${theirs.length} pending registrations of ${name}, not 1`)
    check(theirs[0].room === corrected.room, `the pending registration has room ${theirs[0].room}, not ${corrected.room}`)
  })
}

/** The computed font size, in CSS px, of the first visible element with exactly this text. */
async function fontSize(app: AppPage, text: string): Promise<number> {
  const px = await app.text(text).evaluate((el) => getComputedStyle(el).fontSize)
  return parseFloat(px)
}

/**
 * Elements of the page that holds `inside` that stick out past the phone's right edge, or clip
 * their own content (overflow hidden or an ellipsis) by more than a few pixels: words cut off.
 */
async function cutOrOverflowing(inside: Locator): Promise<string[]> {
  return inside.evaluate((from) => {
    const SLACK = 4
    const page = from.closest('.taro_page') ?? document.body
    const width = window.innerWidth
    const found: string[] = []
    for (const el of Array.from(page.querySelectorAll<HTMLElement>('*'))) {
      if (!el.checkVisibility()) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const text = (el.textContent ?? '').trim().slice(0, 20)
      if (box.right > width + 1) found.push(`"${text}" ends at ${Math.round(box.right)} px of ${width}`)
      const style = getComputedStyle(el)
      const clips = style.overflow === 'hidden' || style.textOverflow === 'ellipsis'
      if (clips && (el.scrollWidth > el.clientWidth + SLACK || el.scrollHeight > el.clientHeight + SLACK)) {
        found.push(`"${text}" is cut (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
      }
    }
    return found
  })
}

/** 7. A senior gets care mode by themselves: a simplified home, large type, big targets; it can be switched off. */
export async function careMode(env: JourneyEnv): Promise<void> {
  await onFreshPhone(env, '7. a senior gets care mode: three big buttons, type 1.3x, switched off in 我的 and kept', async (app) => {
    const { api } = env
    const { me, home } = await api.as(SENIOR, async (token) => ({ me: await api.call('me', {}, token), home: await api.call('myHome', {}, token) }))
    check(me.isSenior, `${SENIOR} is not a senior on the server`)
    const address = [home.community.name, home.compound.name, home.building.name + (home.building.room ? ` ${home.building.room}室` : '')].join(' · ')

    await signInAs(app, SENIOR)
    const bigButtons = ['给红管家打电话', '求助', '今日公告']
    const big = (label: string) => app.page.getByRole('button').filter({ has: app.page.getByText(label, { exact: true }) }).filter({ visible: true })
    for (const label of bigButtons) await big(label).waitFor()
    // Only the simplified home: not the normal home's cards.
    check(!(await app.labelled('我的楼道红管家').isVisible()), 'care mode home still shows the normal steward card')
    await app.text(home.steward ? `楼道红管家 ${home.steward.name}` : '您的楼栋暂时没有红管家，点这里找其他人帮忙').waitFor()
    for (const label of bigButtons) {
      const box = await big(label).boundingBox()
      check(box !== null && box.height >= 48, `${label} is ${box?.height ?? 0} px tall, under 48`)
    }
    const careAddress = await fontSize(app, address)
    const careLabel = await fontSize(app, '求助')
    const problems = await cutOrOverflowing(big('今日公告'))
    await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-care-home.png') })
    check(problems.length === 0, `care mode home has text past the edge or cut: ${problems.join('; ')}`)
    // 求助 opens in place; nothing is behind a gesture.
    await big('求助').click()
    await app.see('有紧急情况，请直接拨打 110（报警）或 120（急救）。')
    await big('求助').click()

    // 我的: the switch says it turned itself on for a senior.
    await app.tapTab('我的')
    await app.see('已为长辈自动开启，也可以关闭。')
    check(await app.switchIsOn('长辈模式'), '长辈模式 is off in 我的 for a senior')
    const careMine = { toggle: await fontSize(app, '长辈模式'), menu: await fontSize(app, '我的数据') }
    await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-care-mine.png') })
    const mineProblems = await cutOrOverflowing(app.text('长辈模式'))
    check(mineProblems.length === 0, `我的 in care mode has text past the edge or cut: ${mineProblems.join('; ')}`)
    await app.flipSwitch('长辈模式')
    await app.see('您已手动关闭。')
    const normalMine = { toggle: await fontSize(app, '长辈模式'), menu: await fontSize(app, '我的数据') }

    // The normal home is back; its address line, the same words, is the baseline for 1.3x.
    await app.tapTab('首页')
    await app.labelled('我的楼道红管家').waitFor()
    check(!(await big('今日公告').isVisible()), 'the care home is still shown with care mode off')
    const normalAddress = await fontSize(app, address)
    const ratios: Array<[string, number, number]> = [
      ['the address line on the home page', careAddress, normalAddress],
      ['长辈模式 in 我的', careMine.toggle, normalMine.toggle],
      ['我的数据 in 我的', careMine.menu, normalMine.menu],
    ]
    for (const [what, care, normal] of ratios) {
      check(care >= 1.3 * normal, `${what} is ${care} px in care mode and ${normal} px without: under 1.3x`)
    }
    check(careLabel >= 1.3 * normalAddress, `the big buttons' words (${careLabel} px) are not 1.3x the normal body text (${normalAddress} px)`)

    // The choice is kept on the phone: a reload still shows the normal home.
    await app.page.reload()
    await app.labelled('我的楼道红管家').waitFor()
    check(!(await big('今日公告').isVisible()), 'care mode came back after a reload although it was switched off')
    await app.tapTab('我的')
    check(!(await app.switchIsOn('长辈模式')), '长辈模式 is on again after a reload')
  })
}

/** A seeded resident with only the resident role (no steward, leader or staff duties others rely on). */
async function ordinaryResident(env: JourneyEnv): Promise<{ phone: string; me: Me; home: HomeInfo }> {
  const { api } = env
  for (let n = FIRST_ORDINARY; n <= LAST_ORDINARY; n++) {
    const phone = `139${String(n).padStart(8, '0')}`
    const found = await api
      .as(phone, async (token) => {
        const me = await api.call('me', {}, token)
        if (!me.hasHome || me.isSenior || me.roles.length !== 1 || me.roles[0] !== 'resident') return null
        return { phone, me, home: await api.call('myHome', {}, token) }
      })
      // No account (any more) with this phone: the next one.
      .catch((err: unknown) => {
        if (err instanceof CloudError && err.code === 101) return null
        throw err
      })
    if (found) return found
  }
  throw new Error(`no ordinary resident among 139${String(FIRST_ORDINARY).padStart(8, '0')}…${LAST_ORDINARY}`)
}

/** 8. A resident sees and exports their data, then deletes their account in two steps. */
export async function exportAndDelete(env: JourneyEnv): Promise<void> {
  await onFreshPhone(env, '8. a resident exports their data (JSON download) and deletes their account', async (app) => {
    const { api } = env
    const { phone, me, home } = await ordinaryResident(env)

    await signInAs(app, phone)
    await app.labelled('我的楼道红管家').waitFor()
    const token = tokenOf(await app.storedSession())
    check(token !== null, 'no session was kept on the device')
    await openFromMine(app, '我的数据')
    const profile = app.labelled('个人资料')
    await profile.getByText(me.displayName, { exact: true }).waitFor()
    await profile.getByText([home.community.name, home.compound.name, home.building.name, `${home.building.room ?? ''}室`].join(' · '), { exact: true }).waitFor()

    // 导出: on H5 a JSON file is downloaded.
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.tapButton('导出为文件（下载）')])
    check(/^tongxin-my-data-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), `the export is named ${download.suggestedFilename()}`)
    const file = path.join(RESULTS_DIR, 'e2e-my-data.json')
    await download.saveAs(file)
    const text = fs.readFileSync(file, 'utf8')
    fs.rmSync(file)
    const data = JSON.parse(text) as MyDataExport
    check(data.profile?.name === me.displayName, `the export's name is ${data.profile?.name ?? 'missing'}, not ${me.displayName}`)
    check(data.profile?.phone === phone, 'the export does not hold their own phone')
    check(data.profile?.building === home.building.name, `the export's building is ${data.profile?.building ?? 'missing'}`)
    const phones = new Set(text.match(/1[3-9]\d{9}/g) ?? [])
    phones.delete(phone)
    check(phones.size === 0, `the export holds other people's phones: ${[...phones].join(', ')}`)

    // 删除: a first tap explains, a tick and a second tap delete.
    await app.tapButton('删除我的账号')
    await app.see('删除账号前请看清楚')
    // Before 我已了解 is ticked, 确认删除账号 does nothing.
    const deletes: string[] = []
    app.page.on('request', (req) => {
      if (req.url().includes('/functions/deleteMyData')) deletes.push(req.url())
    })
    // It is announced as disabled (aria-disabled), so assistive technology and Playwright alike
    // know it will not act; a forced tap must not delete either.
    const confirm = app.button('确认删除账号')
    check((await confirm.getAttribute('aria-disabled')) === 'true', '确认删除账号 is not marked disabled before 我已了解 is ticked')
    await confirm.click({ force: true })
    await app.page.waitForTimeout(300)
    await app.see('删除账号前请看清楚')
    check(deletes.length === 0, '确认删除账号 deleted the account before 我已了解删除后无法恢复 was ticked')
    await app.tick('我已了解删除后无法恢复', '我已了解删除后无法恢复')
    await app.tapButton('确认删除账号')
    await app.see('欢迎来到同心社区')
    // 我的数据 slides away signed out before the home page is alone on screen.
    await app.settled()
    check((await app.storedSession()) === null, 'the session is still kept on the device after deleting the account')
    const stillValid = await api.call('me', {}, token).then(
      () => true,
      (err: unknown) => !(err instanceof CloudError && err.code === 209),
    )
    check(!stillValid, 'the server still accepts the deleted account\'s session')

    // The phone is gone with the profile: signing in with it again finds no account.
    await app.signIn(phone)
    await app.see(UNKNOWN_ACCOUNT)
    check((await app.storedSession()) === null, 'a session was kept for a deleted account')
    const again = await api.call('demoLogin', { phone }).then(
      () => 'signed in',
      (err: unknown) => (err instanceof CloudError ? `${err.code}` : String(err)),
    )
    check(again === '101', `signing in again over the API gave ${again}, not 101 (not found)`)
  })
}

/** The journeys on the shared server, after journeys.ts's (journey 6 needs 13900000003 without a home, and 9 gives them one). */
export async function runResidentJourneys(env: JourneyEnv): Promise<void> {
  await careMode(env)
  await exportAndDelete(env)
  await registrationApproved(env)
}

/** The journeys that need a server of their own (run.ts boots a fresh one). */
export async function runFreshServerJourneys(env: JourneyEnv): Promise<void> {
  await registrationRejected(env)
}
