/**
 * The in-app messages of the features really arrive (我的消息, myMessages), and each opens a page
 * the app has: a welfare application passed by community staff (#6), a problem answered by the
 * grid leader (#7), a waitlisted volunteer promoted after a cancellation and the day-before
 * reminder (#5).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { MessageItem } from '@contract/api-notify'
import type { NotifyKind } from '@contract/domain'
import { activity, HOURS, master } from './support/activities'
import { TestClient, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { report } from './support/problems'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { application, openProgramme, SCORES } from './support/welfare'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
let ops: ReturnType<typeof master>
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  ops = master(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
})

afterEach(async () => {
  await ops.setClock(null)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

/** Every page of src/app.config.ts (main package and subpackages), as '/root/page'; commented-out lines ignored. */
function appPages(): Set<string> {
  const text = fs
    .readFileSync(path.join(__dirname, '../../src/app.config.ts'), 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
  const out = new Set<string>()
  const list = (s: string) => [...s.matchAll(/'([^']+)'/g)].map((m) => m[1])
  const main = /^\s*pages:\s*\[([^\]]*)\]/m.exec(text)
  if (main) for (const p of list(main[1])) out.add(`/${p}`)
  for (const m of text.matchAll(/root:\s*'([^']+)'[\s\S]*?pages:\s*\[([^\]]*)\]/g)) for (const p of list(m[2])) out.add(`/${m[1]}/${p}`)
  return out
}

/** The caller's messages of a kind about refId. */
async function messages(token: string, kind: NotifyKind, refId: string): Promise<MessageItem[]> {
  const { items } = await api.ok('myMessages', { limit: 50 }, token)
  return items.filter((m) => m.kind === kind && m.refId === refId)
}

/** Expects exactly one unread message of this kind about refId, opening `page`, which the app has. */
async function arrived(token: string, kind: NotifyKind, refId: string, page: string): Promise<MessageItem> {
  const found = await messages(token, kind, refId)
  expect(found).toHaveLength(1)
  const [m] = found
  expect(m).toMatchObject({ kind, refId, page, read: false })
  expect(isChinese(m.title)).toBe(true)
  expect(m.body.length).toBeGreaterThan(0)
  expect(appPages()).toContain(page.split('?')[0])
  return m
}

describe('messages arrive', () => {
  it('the page list read from app.config.ts is real (and a made-up page is not in it)', () => {
    const pages = appPages()
    expect(pages).toContain('/pages/index/index')
    expect(pages).toContain('/packages/notify/pages/messages/index')
    expect(pages).not.toContain('/packages/welfare/pages/nowhere/index')
  })

  it('welfare (#6): community staff pass an application; the applicant gets a welfareUpdate opening the application', async () => {
    const programmeId = (await openProgramme(api)).id
    const { applicationId } = await api.ok('saveWelfareApplication', { programmeId, ...application(places.communityId) }, tokens.resident)
    await api.ok('submitWelfareApplication', { applicationId }, tokens.resident)
    const before = (await messages(tokens.resident, 'welfareUpdate', applicationId)).length
    await api.ok('reviewWelfareApplication', { applicationId, decision: 'pass', scores: SCORES, comment: '方案清楚' }, tokens.communityStaff)
    const after = await messages(tokens.resident, 'welfareUpdate', applicationId)
    expect(after).toHaveLength(before + 1)
    const m = after[0]
    expect(m).toMatchObject({ page: `/packages/welfare/pages/application/index?id=${applicationId}`, read: false })
    expect(`${m.title}${m.body}`).toMatch(/初审|通过/)
    expect(appPages()).toContain('/packages/welfare/pages/application/index')
    // Nobody else is told.
    expect(await messages(tokens.senior, 'welfareUpdate', applicationId)).toHaveLength(0)
  })

  it('problems (#7): the grid leader answers; the reporter gets a problemUpdate opening the problem', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    expect(await messages(tokens.resident, 'problemUpdate', problemId)).toHaveLength(0)
    await api.ok('replyToProblem', { problemId, text: '已联系物业，明天上午来换灯。' }, tokens.gridLeader)
    const m = await arrived(tokens.resident, 'problemUpdate', problemId, `/packages/problems/pages/detail/index?id=${problemId}`)
    expect(m.title).toBe('您反映的问题有答复了')
    expect(m.body).toBe('已联系物业，明天上午来换灯。')
    expect(await messages(tokens.senior, 'problemUpdate', problemId)).toHaveLength(0)
  })

  it('activities (#5): a cancellation promotes the first waitlisted volunteer, who gets an activityUpdate; the others do not', async () => {
    const { activityId } = await api.ok('createActivity', activity(new Date(), { capacity: 1 }), tokens.communityStaff)
    await api.ok('signUpForActivity', { activityId }, tokens.resident)
    expect(await api.ok('signUpForActivity', { activityId }, tokens.senior)).toEqual({ status: 'waitlisted', position: 1 })
    expect(await api.ok('signUpForActivity', { activityId }, tokens.steward)).toEqual({ status: 'waitlisted', position: 2 })
    await api.ok('cancelSignup', { activityId }, tokens.resident)
    const m = await arrived(tokens.senior, 'activityUpdate', activityId, `/packages/activities/pages/detail/index?id=${activityId}`)
    expect(m.title).toBe('候补成功')
    expect(await messages(tokens.steward, 'activityUpdate', activityId)).toHaveLength(0)
    expect(await messages(tokens.resident, 'activityUpdate', activityId)).toHaveLength(0)
  })

  it('activities (#5): the day-before job reminds each confirmed volunteer once with an activityReminder', async () => {
    const { activityId } = await api.ok('createActivity', activity(new Date(), { capacity: 1 }, 72, 2), tokens.communityStaff)
    await api.ok('signUpForActivity', { activityId }, tokens.resident)
    await api.ok('signUpForActivity', { activityId }, tokens.senior) // waitlisted: not reminded
    const [{ startsAt }] = await db.rows<{ startsAt: Date }>('SELECT "startsAt" FROM "Activity" WHERE "objectId" = $1', [activityId])
    // Two days before: not yet.
    await ops.setClock(new Date(startsAt.getTime() - 48 * HOURS))
    await ops.runJobs(['activityReminders'])
    expect(await messages(tokens.resident, 'activityReminder', activityId)).toHaveLength(0)
    await ops.setClock(new Date(startsAt.getTime() - 24 * HOURS))
    await ops.runJobs(['activityReminders'])
    await ops.runJobs(['activityReminders'])
    const m = await arrived(tokens.resident, 'activityReminder', activityId, `/packages/activities/pages/detail/index?id=${activityId}`)
    expect(m.title).toBe('明天有志愿活动')
    expect(m.body).toContain('杨家门社区党群服务中心门口')
    expect(await messages(tokens.senior, 'activityReminder', activityId)).toHaveLength(0)
  })
})
