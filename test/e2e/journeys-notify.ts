/**
 * Notifications' journey (issue #4): a resident asks for urgent-notice reminders, street staff
 * publish an urgent notice, and the demo outbox (read straight from the database) holds exactly one
 * subscription message for that resident, pointing at the notice; 我的消息 opens.
 *
 * 31. A resident of a community other than the pilot's (so the journeys about 杨家门社区's feed and
 * badges never see this notice) taps 接收紧急公告提醒 on the 公告 tab (the H5 platform answers
 * accept). 13900000008 (street staff) publishes an urgent notice to that community through the app.
 * The outbox has one urgentNotice row for the resident, page = the notice's page, status outbox;
 * the resident's acceptance is used up; 我的 → 我的消息 shows its empty state or messages.
 */
import type { AppPage } from './app-page'
import { check } from './harness'
import { noPageErrors, saveFailure, type JourneyEnv } from './journeys'
import { asPerson } from './as-person'

/** asPerson with the failure handler first: these journeys read better with the steps last. */
const asPersonThen = (env: JourneyEnv, phone: string, errors: string[], onFail: (app: AppPage) => Promise<void>, fn: (app: AppPage) => Promise<void>) =>
  asPerson(env, phone, errors, fn, onFail)

const STREET_STAFF = '13900000008'
const PILOT_RESIDENT = '13900000001'


async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  let last = await read()
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200))
    last = await read()
  }
  check(ok(last), `${what}: got ${JSON.stringify(last)}`)
  return last
}

/** 31. Urgent-notice reminder: subscribe on 公告, street staff publish urgent, one outbox row; 我的消息 opens. */
export async function urgentNoticeReminder(env: JourneyEnv): Promise<void> {
  const { api, pool } = env
  const name = '31. a resident asks for urgent-notice reminders, street staff publish an urgent notice, the outbox holds one message for them'
  const errors: string[] = []
  let failed = false
  const onFail = async (app: AppPage) => {
    if (!failed) await saveFailure(app, name)
    failed = true
  }
  await env.runner.test(name, async () => {
    const pilot = await api.as(PILOT_RESIDENT, (token) => api.call('myHome', {}, token))
    const [person] = (
      await pool.query<{ phone: string; user: string; community: string; communityName: string }>(
        `SELECT r."phone", r."user", r."community", c."name" AS "communityName" FROM "Resident" r JOIN "Community" c ON c."objectId" = r."community"
          WHERE r."verified" = true AND r."user" IS NOT NULL AND r."phone" IS NOT NULL AND r."community" <> $1
            AND NOT EXISTS (SELECT 1 FROM "Subscription" s WHERE s."user" = r."user")
          ORDER BY r."phone" LIMIT 1`,
        [pilot.community.id],
      )
    ).rows
    check(person !== undefined, `no seeded resident outside ${pilot.community.name}`)
    const remaining = async () =>
      (await pool.query<{ n: number }>(`SELECT COALESCE(sum("remaining"), 0)::int AS n FROM "Subscription" WHERE "user" = $1 AND "kind" = 'urgentNotice'`, [person.user])).rows[0].n

    // The resident: 公告 → 接收紧急公告提醒.
    await asPersonThen(env, person.phone, errors, onFail, async (app) => {
      await app.page.getByRole('link', { name: /^公告(，\S+条未读)?$/ }).filter({ visible: true }).click()
      await app.settled()
      await app.gone('正在加载…')
      await app.tapButton('接收紧急公告提醒')
      await until('the acceptances of urgent notices after the tap', remaining, (n) => n === 1)
    })

    // Street staff: 公告 → 发布公告 → the resident's community, urgent.
    const title = `紧急 e2e ${Date.now() % 1_000_000}`
    await asPersonThen(env, STREET_STAFF, errors, onFail, async (app) => {
      await app.page.getByRole('link', { name: /^公告(，\S+条未读)?$/ }).filter({ visible: true }).click()
      await app.settled()
      await app.tapButton('发布公告')
      await app.settled()
      await app.labelled('发布范围').waitFor()
      await app.choose('发布范围', `社区 · ${person.communityName}`)
      await app.fillField('标题', title)
      await app.fillField('正文', '今晚 22 点起燃气管道检修，请关好阀门。')
      await app.choose('类别', '安全提示')
      await app.flipSwitch('紧急')
      await app.tapButton('预览')
      await app.labelled('预览').getByText(title, { exact: true }).waitFor()
      await app.tapButton('确认发布')
      await app.buttonGone('确认发布')
      await app.settled()
      await app.see(title)
    })

    const { items } = await api.as(STREET_STAFF, (token) => api.call('myPublishedNotices', {}, token))
    const notice = items.find((n) => n.title === title)
    check(notice !== undefined && notice.urgent && notice.scope === 'community', `the server has no urgent community notice "${title}": ${JSON.stringify(notice)}`)
    const rows = await until(
      'the outbox rows for the resident',
      async () =>
        (await pool.query<{ kind: string; page: string; status: string; refId: string; templateId: string }>(
          `SELECT "kind", "page", "status", "refId", "templateId" FROM "OutboxMessage" WHERE "user" = $1`,
          [person.user],
        )).rows,
      (r) => r.length > 0,
    )
    check(rows.length === 1, `the outbox holds ${rows.length} rows for ${person.phone}, not 1: ${JSON.stringify(rows)}`)
    const [row] = rows
    const page = `/packages/notices/pages/detail/index?id=${notice.id}`
    check(row.kind === 'urgentNotice' && row.refId === notice.id && row.page === page && row.status === 'outbox' && row.templateId === 'demo-urgentNotice', `the outbox row is ${JSON.stringify(row)}, not an urgentNotice to ${page}`)
    check((await remaining()) === 0, 'the acceptance was not used up by the send')

    // The resident: 我的 → 我的消息 opens (urgent notices live in the feed, so it may well be empty).
    await asPersonThen(env, person.phone, errors, onFail, async (app) => {
      await app.tapTab('我的')
      await app.settled()
      await app.page.getByRole('link', { name: '我的消息' }).filter({ visible: true }).click()
      await app.settled()
      await app.seeAny('我的消息: its empty state or its list', app.text('暂时没有消息'), app.page.getByRole('list', { name: '消息列表' }))
    })
    noPageErrors(errors)
  })
}

/** The notification journeys; they rely on no other journey and no other journey on them. */
export async function runNotifyJourneys(env: JourneyEnv): Promise<void> {
  await urgentNoticeReminder(env)
}
