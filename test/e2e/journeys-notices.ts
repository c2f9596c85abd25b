/**
 * Issue #4's journey (bulletins): a steward's building notice, its unread badge and read receipts.
 *
 * 11. 13900000004 (steward of 1幢) publishes to 1幢 a notice with a unique title; 13900000001 (a
 * resident of 1幢) sees the 公告 tab's badge, opens the notice, and the badge drops; a resident of
 * 2幢 (found through the server) never sees it; the steward then sees the read count one up. The
 * steward lives in 1幢 too, and publishing opens the notice for them, but their own household is
 * left out of their receipts: 已读 0 / N 户 before the resident, 已读 1 / N 户 after. Each person
 * uses a fresh phone, and the journey touches nothing other journeys rely on, so it may run in
 * any order on the shared server.
 */
import path from 'node:path'
import type { Locator } from 'playwright-core'
import type { HomeInfo, PublishTarget } from '@contract/domain'
import { CloudError } from './api'
import { noticesTabLabel } from '@/domain/notice'
import type { AppPage } from './app-page'
import { check, RESULTS_DIR } from './harness'
import { noPageErrors, saveFailure, type JourneyEnv as SharedEnv } from './journeys'
import { asPerson } from './as-person'

export type JourneyEnv = Omit<SharedEnv, 'pool'>

/** Demo accounts (README.md). */
const RESIDENT = '13900000001'
const STEWARD = '13900000004'
const OTHER_STEWARD = '13900000005'
/** Seeded people past the demo accounts, where a resident of 2幢 is looked for. */
const FIRST_ORDINARY = 10
const LAST_ORDINARY = 200

/** The 公告 tab (a link), named 公告 or, with a badge, 公告，N条未读. */
function noticesTab(app: AppPage): Locator {
  return app.page.getByRole('link', { name: /^公告(，\S+条未读)?$/ }).filter({ visible: true })
}

/** Waits until the 公告 tab shows count as its badge (0: no badge). */
async function seeBadge(app: AppPage, count: number): Promise<void> {
  const name = noticesTabLabel(count)
  const tab = app.page.getByRole('link', { name, exact: true }).filter({ visible: true })
  try {
    await tab.waitFor()
  } catch {
    const shown = await noticesTab(app).textContent().catch(() => null)
    throw new Error(`expected the 公告 tab to read "${name}", it reads "${shown?.trim() ?? '(no tab)'}"`)
  }
}

/** A row of a visible notice list, found by the notice's title. */
function noticeRow(app: AppPage, title: string): Locator {
  return app.page.getByRole('list', { name: '公告列表' }).filter({ visible: true }).getByRole('listitem').filter({ hasText: title })
}


/** Opens the 公告 tab and waits until its feed has loaded. */
async function openFeed(app: AppPage): Promise<void> {
  await noticesTab(app).click()
  await app.settled()
  await app.button('历史与搜索').waitFor()
  await app.gone('正在加载…')
}

/** Where the demo resident lives and which of the steward's targets is that building, as the server says. */
async function setUp(env: JourneyEnv): Promise<{ home: HomeInfo; stewardHome: HomeInfo; target: PublishTarget; otherBuilding: PublishTarget }> {
  const { api } = env
  const home = await api.as(RESIDENT, (token) => api.call('myHome', {}, token))
  check(home.building.room !== null, `${RESIDENT} has no room`)
  const { stewardHome, targets } = await api.as(STEWARD, async (token) => ({
    stewardHome: await api.call('myHome', {}, token),
    targets: (await api.call('publishTargets', {}, token)).targets,
  }))
  const target = targets.find((t) => t.scope === 'building' && t.targetId === home.building.id)
  check(target !== undefined, `${STEWARD} cannot publish to ${home.building.name}: ${targets.map((t) => t.name).join(', ')}`)
  const other = await api.as(OTHER_STEWARD, (token) => api.call('publishTargets', {}, token))
  const otherBuilding = other.targets.find((t) => t.scope === 'building' && t.targetId !== home.building.id)
  check(otherBuilding !== undefined, `${OTHER_STEWARD} looks after no other building`)
  return { home, stewardHome, target, otherBuilding }
}

/** A seeded resident (resident role only) of the given building. */
async function residentOf(env: JourneyEnv, buildingId: string): Promise<string> {
  const { api } = env
  for (let n = FIRST_ORDINARY; n <= LAST_ORDINARY; n++) {
    const phone = `139${String(n).padStart(8, '0')}`
    const found = await api
      .as(phone, async (token) => {
        const me = await api.call('me', {}, token)
        if (!me.hasHome || me.roles.length !== 1 || me.roles[0] !== 'resident') return false
        return (await api.call('myHome', {}, token)).building.id === buildingId
      })
      // No account (any more) with this phone: the next one.
      .catch((err: unknown) => {
        if (err instanceof CloudError && err.code === 101) return false
        throw err
      })
    if (found) return phone
  }
  throw new Error(`no resident of that building among 139${String(FIRST_ORDINARY).padStart(8, '0')}…${LAST_ORDINARY}`)
}

/** 11. A steward publishes a building notice; its residents see it unread, the next building never. */
export async function buildingNotice(env: JourneyEnv): Promise<void> {
  const { api } = env
  const name = '11. a steward publishes a building notice, its resident reads it, the read count goes up, another building never sees it'
  const errors: string[] = []
  let failed = false
  const onFail = async (app: AppPage) => {
    if (!failed) await saveFailure(app, name)
    failed = true
  }
  await env.runner.test(name, async () => {
    const { home, stewardHome, target, otherBuilding } = await setUp(env)
    const room = home.building.room!
    // The steward lives in 1幢 too: publishing opens the notice for them, and their own read does not count.
    check(stewardHome.building.id === home.building.id, `the demo steward does not live in ${home.building.name}`)
    const ownReads = 0
    const neighbour = await residentOf(env, otherBuilding.targetId)
    const title = `楼栋公告 e2e ${Date.now()}`
    const body = '明天上午 9 点到 11 点停水，请提前储水。<b>x</b> <script>alert(1)</script>'

    // The steward: 公告 → 发布公告 → 1幢, title, body, category → 预览 → 确认发布.
    await asPerson(env, STEWARD, errors, async (app) => {
      await openFeed(app)
      await app.tapButton('发布公告')
      await app.settled()
      await app.labelled('发布范围').waitFor()
      await app.choose('发布范围', `楼栋 · ${target.name}`)
      await app.fillField('标题', title)
      await app.fillField('正文', body)
      await app.choose('类别', '停水停电')
      await app.tapButton('预览')
      const preview = app.labelled('预览')
      await preview.getByText(`预览 · 楼栋 ${target.name} · 停水停电`, { exact: true }).waitFor()
      await preview.getByText(title, { exact: true }).waitFor()
      await app.tapButton('确认发布')
      // Published: the notice's own page, with its read receipts.
      await app.buttonGone('确认发布')
      await app.settled()
      await app.see(title)
      // The publisher's own read is not counted: nobody has read it yet.
      await app.labelled('阅读情况').getByText(/^已读 0 \/ \d+ 户$/).waitFor()
    }, onFail)

    const { items } = await api.as(STEWARD, (token) => api.call('myPublishedNotices', {}, token))
    const notice = items.find((n) => n.title === title)
    check(notice !== undefined, `the server has no notice "${title}" by ${STEWARD}`)
    check(notice.scope === 'building' && notice.targetId === home.building.id, `the notice went to ${notice.scope} ${notice.scopeName}, not ${home.building.name}`)
    const before = await api.as(STEWARD, (token) => api.call('noticeReadStats', { noticeId: notice.id }, token))
    check(before.readHouseholds === ownReads, `before any resident opened it the server counts ${before.readHouseholds} households that read it, not ${ownReads}`)
    check(before.unreadRooms?.includes(room) === true, `${room} (${RESIDENT}) is not among the unread rooms before they opened it: ${before.unreadRooms?.join('、') ?? '(none)'}`)
    const unread = await api.as(RESIDENT, (token) => api.call('unreadNoticeCount', {}, token))
    check(unread.count >= 1, `the server counts ${unread.count} unread notices for ${RESIDENT}`)

    // The resident of 1幢: the badge, the notice unread in the feed, its body as text; then the badge drops.
    await asPerson(env, RESIDENT, errors, async (app) => {
      await openFeed(app).catch((err: unknown) => {
        throw new Error(`the feed after signing in: ${err instanceof Error ? err.message : String(err)}`)
      })
      await seeBadge(app, unread.count)
      const row = noticeRow(app, title)
      await row.waitFor()
      check((await row.getAttribute('aria-label')) === `未读 ${title}`, `the feed row reads "${await row.getAttribute('aria-label')}", not "未读 ${title}"`)
      await row.click()
      await app.settled()
      await app.see(title)
      // The body is shown literally: the markup in it is text, never markup.
      await app.see(body)
      const injected = await app.page.evaluate(() => document.querySelectorAll('.taro_page b, .taro_page script').length)
      check(injected === 0, `the notice body became ${injected} element(s) of markup`)
      // The feed has slid away before the picture is taken.
      await app.gone('历史与搜索')
      await app.settled()
      await app.page.screenshot({ path: path.join(RESULTS_DIR, 'e2e-notice.png') })
      // Back to the feed: the app opened afresh (a reload), so the badge is what the server now counts.
      await app.open()
      await app.settled()
      await openFeed(app).catch((err: unknown) => {
        throw new Error(`the feed after reopening the app: ${err instanceof Error ? err.message : String(err)}`)
      })
      await seeBadge(app, unread.count - 1)
      await noticeRow(app, title).and(app.page.getByRole('listitem', { name: title, exact: true })).waitFor()
    }, onFail)

    // A resident of 2幢: the notice is not in their feed, and the server will not give it to them.
    await asPerson(env, neighbour, errors, async (app) => {
      await openFeed(app)
      const feed = await app.visibleText()
      check(!feed.includes(title), `${neighbour} of ${otherBuilding.name} sees "${title}" in their feed:\n${feed}`)
      check((await noticeRow(app, title).count()) === 0, `${neighbour} has a row for "${title}", hidden or not`)
    }, onFail)
    const denied = await api.as(neighbour, (token) => api.call('getNotice', { noticeId: notice.id }, token)).then(
      () => 'the notice',
      (err: unknown) => (err instanceof CloudError ? `${err.code}` : String(err)),
    )
    check(denied === '101', `getNotice for ${neighbour} of ${otherBuilding.name} gave ${denied}, not 101 (not found)`)

    // The steward again: 我发布的 shows 已读 1 / N 户, the notice the rooms still to knock on.
    const stats = await api.as(STEWARD, (token) => api.call('noticeReadStats', { noticeId: notice.id }, token))
    const reads = ownReads + 1
    check(stats.readHouseholds === reads, `the server counts ${stats.readHouseholds} households that read it, not ${reads}`)
    check(stats.households === before.households, `1幢 had ${before.households} households, now ${stats.households}`)
    const readLine = `已读 ${reads} / ${stats.households} 户`
    await asPerson(env, STEWARD, errors, async (app) => {
      await openFeed(app)
      await app.tapButton('发布公告')
      await app.settled()
      await app.tapButton('我发布的')
      await app.settled()
      const mine = noticeRow(app, title)
      await mine.getByText(readLine, { exact: true }).waitFor()
      await mine.click()
      await app.settled()
      await app.see(title)
      const receipts = app.labelled('阅读情况')
      await receipts.getByText(readLine, { exact: true }).waitFor()
      await receipts.getByText(`未读的 ${stats.households - reads} 户`, { exact: true }).waitFor()
      const rooms = (await receipts.getByText(/单元/).last().innerText()).split('、').map((r) => r.trim())
      check(rooms.length === stats.households - reads, `${rooms.length} unread rooms listed, not ${stats.households - reads}`)
      check(!rooms.includes(room), `${room} (${RESIDENT}, who read it) is still among the unread rooms: ${rooms.join('、')}`)
      check(!rooms.includes(stewardHome.building.room!), `${stewardHome.building.room} (${STEWARD}'s own) is among the unread rooms: ${rooms.join('、')}`)
    }, onFail)
    noPageErrors(errors)
  })
}

/** The bulletin journeys; they rely on no other journey and no other journey on them. */
export async function runNoticeJourneys(env: JourneyEnv): Promise<void> {
  await buildingNotice(env)
}
