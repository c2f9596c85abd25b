/**
 * Issue #7's journey (residents' problems).
 *
 * 71. 13900000001 (a resident of 1幢) reports a problem from 我的 → 反映问题 (a category chip, a
 * description with a unique stamp); 13900000006 (the grid leader of 1幢's micro-grid) finds it in
 * 问题处理, answers it and marks it solved; the resident confirms it with five stars from 我反映的问题;
 * 13900000007 (community staff of 杨家门社区) sees 问题统计's solve rate move from what it was before
 * the report to what the server now computes. Nothing else on the shared server creates problems,
 * and this journey only adds one, so it may run in any order.
 */
import type { Locator } from 'playwright-core'
import { formatRate } from '@/domain/problem'
import { defaultRange } from '@/features/problems/stores/problem-stats-store'
import type { AppPage } from './app-page'
import { check } from './harness'
import { noPageErrors, saveFailure, type JourneyEnv as SharedEnv } from './journeys'
import { asPerson } from './as-person'

export type JourneyEnv = Omit<SharedEnv, 'pool'>

const RESIDENT = '13900000001'
const GRID_LEADER = '13900000006'
const COMMUNITY_STAFF = '13900000007'


/** 我的 → an entry of its menus. */
async function openFromMine(app: AppPage, entry: string): Promise<void> {
  await app.tapTab('我的')
  await app.settled()
  await app.page.getByRole('link', { name: entry, exact: true }).filter({ visible: true }).click()
  await app.settled()
}

function problemRow(app: AppPage, text: string): Locator {
  return app.page.getByRole('list', { name: '问题列表' }).filter({ visible: true }).getByRole('listitem').filter({ hasText: text })
}

/** The figure 解决率 on 问题统计, as shown. */
async function shownSolveRate(app: AppPage): Promise<string> {
  const figure = app.page.getByRole('group', { name: /^解决率 / }).filter({ visible: true })
  await figure.waitFor()
  return ((await figure.getAttribute('aria-label')) ?? '').replace(/^解决率 /, '')
}

/** 71. Report, answer, solve, confirm; the staff page's solve rate moves. */
export async function reportToConfirm(env: JourneyEnv): Promise<void> {
  const { api } = env
  const name = '71. a resident reports a problem, the grid leader answers and solves it, the resident confirms, the staff page’s solve rate moves'
  const errors: string[] = []
  let failed = false
  const onFail = async (app: AppPage) => {
    if (!failed) await saveFailure(app, name)
    failed = true
  }
  await env.runner.test(name, async () => {
    const stamp = `e2e${Date.now()}`
    const description = `单元门门禁坏了，外人随便进出 ${stamp}`
    // The page's own default range: the last six months.
    const statsNow = () => api.as(COMMUNITY_STAFF, (token) => api.call('problemStats', defaultRange(new Date()), token))

    // Community staff: the solve rate before.
    let before = ''
    await asPerson(env, COMMUNITY_STAFF, errors, async (app) => {
      await openFromMine(app, '问题统计')
      before = await shownSolveRate(app)
    }, onFail)
    const serverBefore = await statsNow()
    check(before === formatRate(serverBefore.solveRate), `问题统计 showed 解决率 ${before}, the server computes ${formatRate(serverBefore.solveRate)}`)

    // The resident reports.
    await asPerson(env, RESIDENT, errors, async (app) => {
      await openFromMine(app, '反映问题')
      await app.page.getByRole('radio', { name: '设施维修' }).filter({ visible: true }).click()
      await app.fillField('问题描述', description)
      await app.tapButton('提交问题')
      await app.buttonGone('提交问题')
      await app.settled()
      await app.see('办理经过')
      await app.see(description)
      await app.see('反映人：我')
    }, onFail)
    const mine = await api.as(RESIDENT, (token) => api.call('listMyProblems', {}, token))
    const problem = mine.items.find((p) => p.summary.includes(stamp))
    check(problem !== undefined, `the server has no problem "${stamp}" by ${RESIDENT}`)
    check(problem.status === 'received', `the new problem is ${problem.status}, not received`)

    // The grid leader: 问题处理 → the problem → 答复 → 标记已解决.
    await asPerson(env, GRID_LEADER, errors, async (app) => {
      await openFromMine(app, '问题处理')
      const row = problemRow(app, stamp)
      await row.waitFor()
      await row.click()
      await app.settled()
      await app.see(description)
      // Not allowed to show the name: the resident is anonymous here.
      await app.see('反映人：居民（未公开姓名）')
      await app.fillField('答复内容', '收到，今天下午联系物业修门禁。')
      await app.tapButton('答复')
      await app.button('更新进展').waitFor()
      await app.fillField('答复内容', '门禁已修好，新门卡已发到物业。')
      await app.tapButton('标记已解决')
      await app.labelled('处理').waitFor({ state: 'hidden' })
      await app.see('门禁已修好，新门卡已发到物业。')
    }, onFail)
    const solved = await api.as(RESIDENT, (token) => api.call('getProblem', { problemId: problem.id }, token))
    check(solved.status === 'solved' && solved.canConfirm, `after the grid leader the problem is ${solved.status} (canConfirm ${solved.canConfirm})`)

    // The resident confirms with five stars.
    await asPerson(env, RESIDENT, errors, async (app) => {
      await openFromMine(app, '我反映的问题')
      const row = problemRow(app, stamp)
      await row.waitFor()
      check(((await row.getAttribute('aria-label')) ?? '').startsWith('已解决'), `the row reads "${await row.getAttribute('aria-label')}"`)
      await row.click()
      await app.settled()
      await app.see('问题解决了吗？')
      await app.page.getByRole('radio', { name: '5星' }).filter({ visible: true }).click()
      await app.tapButton('已解决，确认')
      await app.labelled('确认').waitFor({ state: 'hidden' })
      await app.see('评分：★★★★★')
    }, onFail)
    const confirmed = await api.as(RESIDENT, (token) => api.call('getProblem', { problemId: problem.id }, token))
    check(confirmed.status === 'confirmed' && confirmed.rating === 5, `the problem is ${confirmed.status} rated ${confirmed.rating}`)

    // Community staff: the solve rate now.
    const serverAfter = await statsNow()
    check(serverAfter.total === serverBefore.total + 1 && serverAfter.solved === serverBefore.solved + 1, `the server counts ${serverAfter.total}/${serverAfter.solved}, before ${serverBefore.total}/${serverBefore.solved}`)
    await asPerson(env, COMMUNITY_STAFF, errors, async (app) => {
      await openFromMine(app, '问题统计')
      const after = await shownSolveRate(app)
      check(after === formatRate(serverAfter.solveRate), `问题统计 shows 解决率 ${after}, the server computes ${formatRate(serverAfter.solveRate)}`)
      check(after !== before, `问题统计's 解决率 stayed at ${before}`)
    }, onFail)
    noPageErrors(errors)
  })
}

export async function runProblemJourneys(env: JourneyEnv): Promise<void> {
  await reportToConfirm(env)
}
