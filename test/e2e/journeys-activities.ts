/**
 * Issue #5's journey (red summons and the time bank), in Chromium on the H5 build.
 *
 * A1. Community staff (13900000007) create an activity through 发起活动 (a week ahead, 5 places).
 * A resident (13900000001) finds it in 志愿活动, signs up and sees the place count drop. The
 * server's clock (the in-process test clock of this run's server) then moves to the activity's
 * start: the organiser's screen shows the code of the minute, the resident types it to check in;
 * the clock moves two hours on, the resident checks out with the new code; the organiser confirms;
 * 我的时间银行 shows two hours more. The clock goes back to real time whatever happens.
 */
import type { BrowserContext } from 'playwright-core'
import { setClock } from '@server/cloud/clock'
import type { AppPage } from './app-page'
import { check, phoneContext } from './harness'
import { newAppPage, noPageErrors, saveFailure, type JourneyEnv as SharedEnv } from './journeys'

export type JourneyEnv = Omit<SharedEnv, 'pool'>

const RESIDENT = '13900000001'
const STAFF = '13900000007'

interface Person {
  app: AppPage
  errors: string[]
  context: BrowserContext
}

async function signedIn(env: JourneyEnv, phone: string): Promise<Person> {
  const context = await phoneContext(env.browser, env.baseUrl)
  const { app, errors } = await newAppPage(context)
  await app.open()
  await app.see('欢迎来到同心社区')
  await app.signIn(phone)
  await app.gone('演示账号手机号')
  await app.settled()
  return { app, errors, context }
}

/** 我的 → 志愿活动. */
async function openActivities(app: AppPage): Promise<void> {
  await app.tapTab('我的')
  await app.settled()
  await app.page.getByRole('link', { name: '志愿活动', exact: true }).filter({ visible: true }).click()
  await app.settled()
  await app.gone('正在加载…')
}

/** A day a week ahead in Asia/Shanghai, as the date wheels offer it. */
function weekAhead(): { wheels: [string, string, string]; day: string } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 7 * 86_400_000))
  const [y, m, d] = day.split('-')
  return { wheels: [`${y}年`, `${m}月`, `${d}日`], day }
}


async function codeOnScreen(app: AppPage): Promise<string> {
  const code = app.labelled('当前签到码')
  await code.waitFor()
  const text = (await code.textContent())?.trim() ?? ''
  check(/^[A-Z2-9]{8}$/.test(text), `the organiser's screen shows "${text}" as the code`)
  // Beside the typed code (H5), the QR code residents scan on weapp, drawn with Views.
  const qr = app.labelled('签到二维码').first()
  await qr.waitFor()
  const box = await qr.boundingBox()
  check(box !== null && box.width >= 200 && box.width <= 300 && Math.abs(box.width - box.height) <= 2, `the QR code is ${JSON.stringify(box)}, not a ~240 px square`)
  const dark = await qr.locator('.tx-act-qr__cell--dark').count()
  check(dark > 200, `the QR code has only ${dark} dark modules`)
  return text
}

/** A1. */
export async function signUpCheckInConfirm(env: JourneyEnv): Promise<void> {
  const name = 'A1. staff create an activity, a resident signs up, checks in and out with the organiser’s code, the organiser confirms, the time bank shows the hours'
  const people: Person[] = []
  await env.runner.test(name, async () => {
    const title = `e2e 清洁家园 ${Date.now() % 100000}`
    const before = await env.api.as(RESIDENT, (token) => env.api.call('myTimeBank', {}, token))
    try {
      // Staff: 发起活动.
      const staff = await signedIn(env, STAFF)
      people.push(staff)
      await openActivities(staff.app)
      await staff.app.page.getByRole('link', { name: '发起活动', exact: true }).filter({ visible: true }).click()
      await staff.app.settled()
      await staff.app.fillField('活动名称', title)
      await staff.app.choose('主题', '清洁家园')
      const when = weekAhead()
      await staff.app.choose('日期', ...when.wheels)
      await staff.app.fillField('集合地点', '杨家门社区党群服务中心门口')
      await staff.app.fillField('招募人数', '5')
      await staff.app.tapButton('发布活动')
      await staff.app.buttonGone('发布活动')
      await staff.app.settled()
      await staff.app.see(title)
      await staff.app.see('剩余 5 / 5 个名额')

      // Resident: finds it, signs up, the count drops.
      const resident = await signedIn(env, RESIDENT)
      people.push(resident)
      await openActivities(resident.app)
      await resident.app.page.getByRole('list', { name: '活动列表' }).filter({ visible: true }).getByRole('listitem', { name: title }).click()
      await resident.app.settled()
      await resident.app.see('剩余 5 / 5 个名额')
      await resident.app.tapButton('报名参加')
      await resident.app.see('剩余 4 / 5 个名额')
      await resident.app.see('我的报名：已报名')

      // The activity starts: the organiser's screen shows the code, the resident types it.
      const { activityId, startsAt } = await env.api.as(RESIDENT, async (token) => {
        const { upcoming } = await env.api.call('myActivities', {}, token)
        const mine = upcoming.find((m) => m.title === title)
        check(mine !== undefined, `the server has no sign-up of ${RESIDENT} for "${title}"`)
        return { activityId: mine.id, startsAt: Date.parse(mine.startsAt) }
      })
      setClock(new Date(startsAt + 5 * 60_000))
      await staff.app.tapButton('组织者：签到码与考勤')
      await staff.app.settled()
      const first = await codeOnScreen(staff.app)
      await resident.app.fillField('签到码', first)
      await resident.app.tapButton('输入签到码签到')
      await resident.app.see('已签到', false)

      // Two hours later: a new code (the screen refreshes every 10 s; a pull-down is quicker), check-out.
      setClock(new Date(startsAt + 2 * 3_600_000 + 5 * 60_000))
      await staff.app.page.reload()
      await staff.app.settled()
      const second = await codeOnScreen(staff.app)
      check(second !== first, 'the code did not change with the minute')
      await resident.app.fillField('签到码', second)
      await resident.app.tapButton('输入签到码签退')
      await resident.app.see('已签退', false)

      // The organiser confirms; the roster showed the resident's two hours.
      await staff.app.tapButton('结束活动并确认时长')
      await staff.app.text('确定').click()
      await staff.app.see('已确认：1人共2小时，缺席0人。')

      // 我的时间银行 (back on 志愿活动, which links to it): two hours more than before.
      await resident.app.page.goBack()
      await resident.app.settled()
      await resident.app.page.getByRole('link', { name: '我的时间银行', exact: true }).filter({ visible: true }).click()
      await resident.app.settled()
      const balance = resident.app.labelled('累计时长')
      await balance.waitFor()
      const expected = String(before.balanceHours + 2)
      await resident.app.page.waitForFunction(
        ([want]) => Array.from(document.querySelectorAll('[aria-label="累计时长"]')).some((e) => e.textContent?.trim() === want),
        [expected.replace(/\.0$/, '')],
      )
      await resident.app.see(title)
      void activityId
      for (const p of people) noPageErrors(p.errors)
    } catch (err) {
      for (const p of people) await saveFailure(p.app, `${name}-${people.indexOf(p)}`)
      throw err
    } finally {
      setClock(null)
      for (const p of people) await p.context.close().catch(() => undefined)
    }
  })
}

export async function runActivityJourneys(env: JourneyEnv): Promise<void> {
  await signUpCheckInConfirm(env)
}
