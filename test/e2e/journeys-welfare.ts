/**
 * Issue #6's journey (Rainbow Bridge): one application from the resident's form to public funding.
 *
 * W1. 13900000001 (a resident of 杨家门社区) opens 我的 → 彩虹桥项目 → 申请项目, fills the form (who
 * benefits, dates from the pickers, two budget lines in yuan, the total computed), sees the draft
 * saved while typing, and submits: the application page says 待社区初审.
 * W2. 13900000007 (community staff of 杨家门社区) opens 彩虹桥审核, scores each criterion and passes it.
 * W3. 13900000008 (street staff) approves 6,000 yuan; the programme page then lists the project
 * (applicant masked, amount) and its chart shows 6,000.00元 used.
 * W4. The resident posts a progress update, which shows under 项目进展.
 * The current programme is used by no other journey, so the figures are exact on the shared server.
 */
import type { AppPage } from './app-page'
import { check } from './harness'
import { noPageErrors, saveFailure, type JourneyEnv as SharedEnv } from './journeys'
import { asPerson } from './as-person'

export type JourneyEnv = Omit<SharedEnv, 'pool'>

const RESIDENT = '13900000001'
const COMMUNITY_STAFF = '13900000007'
const STREET_STAFF = '13900000008'


/** 我的 → an entry of its menu. */
async function openFromMine(app: AppPage, entry: string): Promise<void> {
  await app.tapTab('我的')
  await app.settled()
  await app.page.getByRole('link', { name: entry, exact: true }).filter({ visible: true }).click()
  await app.settled()
}

/** Opens a listed application or project by its name. */
async function openItem(app: AppPage, list: string, name: string): Promise<void> {
  const item = app.labelled(list).getByRole('listitem', { name, exact: true })
  await item.waitFor()
  await item.click()
  await app.settled()
}

export async function applicationToFunding(env: JourneyEnv): Promise<void> {
  const { api } = env
  const name = 'W1-W4. a resident applies, community staff pass it, street staff approve 6,000 yuan, it is public and charted, the resident posts progress'
  const errors: string[] = []
  let failed = false
  const onFail = async (app: AppPage) => {
    if (!failed) await saveFailure(app, name)
    failed = true
  }
  await env.runner.test(name, async () => {
    const { items: programmes } = await api.call('listWelfareProgrammes', {})
    const programme = programmes.find((p) => p.phase === 'open')
    check(programme !== undefined, 'the seed has no open Rainbow Bridge programme')
    check(programme.approvedFen === 0, `the open programme already has ${programme.approvedFen} fen approved`)
    const me = await api.as(RESIDENT, (token) => api.call('me', {}, token))
    const project = `e2e 老人助餐 ${Date.now() % 100000}`
    const year = new Date().getFullYear() + 1
    const progressText = '第一次送餐已完成，服务了12位独居老人。'

    // W1. The resident applies.
    await asPerson(env, RESIDENT, errors, async (app) => {
      await openFromMine(app, '彩虹桥项目')
      await app.see(programme.name)
      await app.tapButton('申请项目')
      await app.settled()
      await app.labelled('项目名称').waitFor()
      await app.fillField('项目名称', project)
      await app.choose('项目类别', '助老')
      await app.fillField('受益对象', '独居老人')
      await app.fillField('受益人数', '40')
      const own = app.page.getByRole('checkbox', { name: '杨家门社区', exact: true }).filter({ visible: true })
      check((await own.getAttribute('aria-checked')) === 'true', 'the resident’s own community is not chosen by default')
      await app.choose('开始日期', `${year}年`, '01月', '10日')
      await app.choose('结束日期', `${year}年`, '06月', '30日')
      await app.fillField('第1项用途', '活动物资')
      await app.fillField('第1项金额', '5000')
      await app.tapButton('添加一项')
      await app.fillField('第2项用途', '宣传印刷')
      await app.fillField('第2项金额', '1200.5')
      await app.see('合计 6,200.50元')
      await app.fillField('项目简介', '每周二为独居老人上门送餐、陪伴聊天。')
      await app.fillField('预期成效', '服务40位老人，满意度90%以上。')
      // Saved on the server while typing, before anything is submitted.
      await app.see('草稿已保存，可以随时回来继续填写')
      await app.tapButton('提交申请')
      await app.buttonGone('提交申请')
      await app.settled()
      await app.see(project)
      await app.see('待社区初审')
      await app.labelled('办理进度').getByText('提交申请', { exact: true }).waitFor()
    }, onFail)
    const mine = await api.as(RESIDENT, (token) => api.call('myWelfareApplications', {}, token))
    const app1 = mine.items.find((a) => a.projectName === project)
    check(app1 !== undefined && app1.status === 'submitted', `the server has no submitted application "${project}": ${JSON.stringify(mine.items.map((a) => [a.projectName, a.status]))}`)
    check(app1.totalFen === 620_050, `the server keeps ${app1.totalFen} fen requested, not 620050`)

    // W2. Community staff score and pass it.
    await asPerson(env, COMMUNITY_STAFF, errors, async (app) => {
      await openFromMine(app, '彩虹桥审核')
      await openItem(app, '审核列表', project)
      await app.see('社区初审')
      for (const c of programme.criteria) await app.fillField(`${c.name}得分`, '85')
      await app.tapButton('初审通过')
      await app.see('待街道终审')
      await app.labelled('办理进度').getByText('综合评分 85', { exact: true }).waitFor()
    }, onFail)

    // W3. Street staff approve 6,000 yuan; the project is public and charted.
    await asPerson(env, STREET_STAFF, errors, async (app) => {
      await openFromMine(app, '彩虹桥审核')
      await openItem(app, '审核列表', project)
      await app.see('街道终审')
      await app.fillField('批准金额', '6000')
      await app.tapButton('批准立项')
      await app.see('已立项')
      await app.see('批准金额 6,000.00元')
      await app.open()
      await app.settled()
      await openFromMine(app, '彩虹桥项目')
      await openItem(app, '资助项目', project).catch(async () => {
        throw new Error(`the programme page does not list "${project}":\n${await app.visibleText()}`)
      })
      await app.see('资助 6,000.00元')
      await app.see(`申请方：${[...me.displayName][0]}**`)
      const page = await app.allText()
      check(!page.includes(me.displayName), `the public project page shows the applicant's full name ${me.displayName}`)
      check(!page.includes(RESIDENT), 'the public project page shows the applicant’s phone')
      await app.open()
      await app.settled()
      await openFromMine(app, '彩虹桥项目')
      const chart = app.page.getByRole('img', { name: /^预算使用情况/ }).filter({ visible: true })
      const label = await chart.getAttribute('aria-label')
      check(label === '预算使用情况：已批准6,000.00元，占2%；剩余294,000.00元', `the chart reads "${label}"`)
      await chart.getByText('已批准 6,000.00元（2%）', { exact: true }).waitFor()
      await app.labelled('申请状态统计').getByRole('listitem', { name: '已立项 1份', exact: true }).waitFor()
    }, onFail)
    const funded = await api.call('listFundedProjects', { programmeId: programme.id })
    check(funded.approvedFen === 600_000, `the server counts ${funded.approvedFen} fen approved, not 600000`)

    // W4. The resident posts a progress update.
    await asPerson(env, RESIDENT, errors, async (app) => {
      await openFromMine(app, '我的申请')
      await openItem(app, '我的申请', project)
      await app.see('已立项')
      await app.fillField('进展内容', progressText)
      await app.tapButton('发布进展')
      await app.labelled('项目进展').getByText(progressText, { exact: true }).waitFor()
      await app.labelled('办理进度').getByText('发布项目进展', { exact: true }).waitFor()
    }, onFail)
    const publicView = await api.call('getFundedProject', { applicationId: app1.id })
    check(publicView.project.progress.some((p) => p.text === progressText), 'the public project has no progress update')
    noPageErrors(errors)
  })
}

/** The Rainbow Bridge journeys; they rely on no other journey and no other journey on them. */
export async function runWelfareJourneys(env: JourneyEnv): Promise<void> {
  await applicationToFunding(env)
}
