/**
 * Issue #4's journeys (stewards and help requests).
 *
 * 12. 13900000001 (resident of 1幢) opens 首页 → 向红管家求助, picks 维修, writes a unique text and
 * sends it; the request opens on its timeline as 等待红管家受理. 13900000004 (steward of 1幢) finds it
 * in 我的 → 求助收件箱, opens it, taps 我来受理 and replies. The resident, in 我的 → 我的求助, opens it
 * and sees 处理中 with every step: submitted, accepted by the steward, the reply. The server agrees,
 * and a steward of another building (13900000005) cannot open it.
 * 13. 13900000007 (community staff, 杨家门社区) opens 我的 → 红管家安排, chooses the compound and 2幢,
 * assigns a seeded resident of 2幢 by phone, sees them among the current stewards, ends the
 * assignment with a reason and sees it in the history; the person's steward role comes and goes.
 * Each journey touches nothing other journeys rely on (the assignment is ended again).
 */
import type { HomeInfo } from '@contract/domain'
import { CloudError } from './api'
import type { AppPage } from './app-page'
import { check } from './harness'
import { noPageErrors, saveFailure, type JourneyEnv as SharedEnv } from './journeys'
import { asPerson } from './as-person'

export type JourneyEnv = Omit<SharedEnv, 'pool'>

const RESIDENT = '13900000001'
const STEWARD = '13900000004'
const OTHER_STEWARD = '13900000005'
const COMMUNITY_STAFF = '13900000007'
const FIRST_ORDINARY = 10
const LAST_ORDINARY = 200


/** 我的 → an entry of its menus. */
async function openMine(app: AppPage, entry: string): Promise<void> {
  await app.tapTab('我的')
  await app.settled()
  await app.page.getByRole('link', { name: entry, exact: true }).filter({ visible: true }).click()
  await app.settled()
  await app.gone('正在加载…')
}


/** The visible help-request row that contains text. */
function requestRow(app: AppPage, text: string) {
  return app.page.getByRole('listitem').filter({ hasText: text }).filter({ visible: true })
}

function journey(env: JourneyEnv, name: string, body: (errors: string[], onFail: (app: AppPage) => Promise<void>) => Promise<void>): Promise<boolean> {
  const errors: string[] = []
  let failed = false
  const onFail = async (app: AppPage) => {
    if (!failed) await saveFailure(app, name)
    failed = true
  }
  return env.runner.test(name, async () => {
    await body(errors, onFail)
    noPageErrors(errors)
  })
}

/** 12. A resident asks for help; the steward accepts and replies; the resident sees every step. */
export function helpRequest(env: JourneyEnv): Promise<boolean> {
  const { api } = env
  return journey(env, '12. a resident sends a help request, the steward of 1幢 accepts and replies, the resident sees every step', async (errors, onFail) => {
    const text = `厨房水龙头漏水 e2e ${Date.now()}`
    const reply = '今晚七点上门看看。'
    const stewardName = (await api.as(STEWARD, (token) => api.call('me', {}, token))).displayName

    await asPerson(env, RESIDENT, errors, async (app) => {
      await app.tapButton('向红管家求助')
      await app.settled()
      await app.page.getByRole('radio', { name: '维修', exact: true }).filter({ visible: true }).click()
      await app.fillField('说明', text)
      await app.tapButton('提交求助')
      await app.buttonGone('提交求助')
      await app.settled()
      await app.see('等待红管家受理')
      await app.see(text)
    }, onFail)

    const mine = await api.as(RESIDENT, (token) => api.call('myHelpRequests', {}, token))
    const sent = mine.items.find((i) => i.text === text)
    check(sent !== undefined && sent.kind === '维修' && sent.status === 'open', `the server has no open 维修 request "${text}" from ${RESIDENT}`)
    const denied = await api.as(OTHER_STEWARD, (token) => api.call('getHelpRequest', { helpRequestId: sent.id }, token)).then(
      () => 'the request',
      (err: unknown) => (err instanceof CloudError ? `${err.code}` : String(err)),
    )
    check(denied === '101', `${OTHER_STEWARD} (another building) opened the request: ${denied}`)

    await asPerson(env, STEWARD, errors, async (app) => {
      await openMine(app, '求助收件箱')
      const row = requestRow(app, text)
      await row.waitFor()
      check((await row.textContent())?.includes('等待红管家受理') === true, `the inbox row reads "${await row.textContent()}"`)
      // The steward sees who asked, with the phone masked.
      check((await row.textContent())?.includes('13900000001') === false, 'the inbox shows the resident’s full phone')
      await row.click()
      await app.settled()
      await app.tapButton('我来受理')
      await app.see('处理中')
      await app.fillField('回复内容', reply)
      await app.tapButton('发送回复')
      await app.see(reply)
    }, onFail)

    await asPerson(env, RESIDENT, errors, async (app) => {
      await openMine(app, '我的求助')
      await requestRow(app, text).click()
      await app.settled()
      await app.see('处理中')
      const steps = app.page.getByRole('list', { name: '处理进度' }).filter({ visible: true })
      await steps.getByText(`已受理 · 楼道红管家 ${stewardName}`, { exact: true }).waitFor()
      await steps.getByText(`回复 · 楼道红管家 ${stewardName}`, { exact: true }).waitFor()
      await steps.getByText(reply, { exact: true }).waitFor()
      await steps.getByText('提交求助 · 居民', { exact: false }).first().waitFor()
    }, onFail)

    const after = await api.as(RESIDENT, (token) => api.call('getHelpRequest', { helpRequestId: sent.id }, token))
    check(after.events.map((e) => e.kind).join(',') === 'submitted,accepted,reply', `the timeline is ${after.events.map((e) => e.kind).join(',')}`)
    // Leave nothing open behind.
    await api.as(STEWARD, (token) => api.call('resolveHelpRequest', { helpRequestId: sent.id, note: '已修好。' }, token))
  })
}

/** A seeded person of a building with the resident role only. */
async function plainResidentOf(env: JourneyEnv, buildingId: string): Promise<string> {
  const { api } = env
  for (let n = FIRST_ORDINARY; n <= LAST_ORDINARY; n++) {
    const phone = `139${String(n).padStart(8, '0')}`
    const found = await api
      .as(phone, async (token) => {
        const me = await api.call('me', {}, token)
        if (!me.hasHome || me.roles.join() !== 'resident') return false
        return (await api.call('myHome', {}, token)).building.id === buildingId
      })
      .catch((err: unknown) => {
        if (err instanceof CloudError && err.code === 101) return false
        throw err
      })
    if (found) return phone
  }
  throw new Error('no plain resident of that building among the first seeded people')
}

/** 13. Community staff assign a steward to 2幢 in the browser, then end it with a reason. */
export function assignSteward(env: JourneyEnv): Promise<boolean> {
  const { api } = env
  return journey(env, '13. community staff assign a steward to 2幢 by phone, then end it with a reason kept in the history', async (errors, onFail) => {
    const other: HomeInfo = await api.as(OTHER_STEWARD, (token) => api.call('myHome', {}, token))
    const person = await plainResidentOf(env, other.building.id)
    const name = (await api.as(person, (token) => api.call('me', {}, token))).displayName
    const reason = `e2e 交接 ${Date.now()}`

    await asPerson(env, COMMUNITY_STAFF, errors, async (app) => {
      await openMine(app, '红管家安排')
      await app.fillField('搜索小区', other.compound.name)
      await app.choose('选择小区', other.compound.name)
      await app.choose('楼栋', other.building.name)
      const current = app.labelled('现任红管家')
      await current.waitFor()
      await app.fillField('红管家手机号', person)
      await app.tapButton('安排为红管家')
      await current.getByRole('listitem', { name, exact: true }).waitFor()
      check((await current.textContent())?.includes(person) === false, 'the page shows the new steward’s full phone')
      const mine = current.getByRole('listitem', { name, exact: true })
      await mine.getByRole('button').filter({ hasText: '结束安排' }).click()
      await app.fillField('结束原因', reason)
      await mine.getByRole('button').filter({ hasText: '确认结束' }).click()
      await current.getByRole('listitem', { name, exact: true }).waitFor({ state: 'detached' })
      await app.labelled('历任红管家').getByText(`原因：${reason}`, { exact: false }).waitFor()
    }, onFail)

    const roles = (await api.as(person, (token) => api.call('me', {}, token))).roles
    check(!roles.includes('steward'), `${person} is still a steward after the assignment ended: ${roles.join(',')}`)
    const view = await api.as(COMMUNITY_STAFF, (token) => api.call('buildingStewards', { buildingId: other.building.id }, token))
    check(view.history.some((h) => h.endReason === reason), 'the ended assignment is not in the history')
  })
}

/** The help journeys; they rely on no other journey and no other journey on them. */
export async function runHelpJourneys(env: JourneyEnv): Promise<void> {
  await helpRequest(env)
  await assignSteward(env)
}
