/**
 * Photos and files on records written before uploads existed: problems (#7: the report and the
 * handler's resolution) and Rainbow Bridge (#6: application attachments, progress photos). Shown
 * back in the order given; someone else's upload, one of another purpose or one already attached
 * is refused with 142 and nothing is saved or claimed.
 */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { problemCounts, report } from './support/problems'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { PNG, attachedTo, filesOf, upload } from './support/uploads'
import { application, openProgramme, SCORES } from './support/welfare'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
let programmeId: string
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
  programmeId = (await openProgramme(api)).id
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

/** Expects 142 with a Chinese sentence, that `state` is unchanged and that none of `ids` got attached. */
async function refused<T>(call: () => Promise<Reply<T>>, state: () => Promise<string>, ids: string[]): Promise<string> {
  const before = await state()
  const claims = await attachedTo(db, ids)
  const err = failure(await call())
  expect(err.code).toBe(142)
  expect(isChinese(err.error)).toBe(true)
  expect(await state()).toBe(before)
  expect(await attachedTo(db, ids)).toEqual(claims)
  return err.error
}

/** The file behind an upload URL, fetched from the test server. */
async function served(url: string): Promise<Buffer> {
  const res = await fetch(url.replace(/^https?:\/\/[^/]+\/parse/, server.base))
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

describe('problem photos (#7)', () => {
  it('a resident reports with two photos: the detail shows them in the order chosen, to the resident and the grid leader', async () => {
    const first = await upload(api, tokens.resident, 'problem')
    const second = await upload(api, tokens.resident, 'problem')
    const { problemId } = await api.ok('reportProblem', report({ photoIds: [second.id, first.id] }), tokens.resident)
    for (const token of [tokens.resident, tokens.gridLeader]) {
      const detail = await api.ok('getProblem', { problemId }, token)
      expect(filesOf(detail.photos)).toEqual(filesOf([second, first]))
      expect(detail.events[0]).toMatchObject({ kind: 'reported', photos: detail.photos })
    }
    expect((await served(second.url)).equals(Buffer.from(PNG, 'base64'))).toBe(true)
    expect(await attachedTo(db, [first.id, second.id])).toEqual([problemId, problemId])
  })

  it("refuses another person's upload, an upload of another purpose and one already attached (142), saving and claiming nothing", async () => {
    const mine = await upload(api, tokens.resident, 'problem')
    const theirs = await upload(api, tokens.senior, 'problem')
    const welfare = await upload(api, tokens.resident, 'welfare')
    const state = () => problemCounts(db)
    const message = await refused(() => api.call('reportProblem', report({ photoIds: [mine.id, theirs.id] }), tokens.resident), state, [mine.id, theirs.id])
    expect(message).toBe('图片已失效，请重新上传后再提交。')
    await refused(() => api.call('reportProblem', report({ photoIds: [welfare.id] }), tokens.resident), state, [welfare.id])
    await refused(() => api.call('reportProblem', report({ photoIds: ['NoSuchUpld'] }), tokens.resident), state, [])
    // mine was not half-claimed by the refused report: it can still be used, once.
    const { problemId } = await api.ok('reportProblem', report({ photoIds: [mine.id] }), tokens.resident)
    expect((await api.ok('getProblem', { problemId }, tokens.resident)).photos.map((p) => p.id)).toEqual([mine.id])
    await refused(() => api.call('reportProblem', report({ photoIds: [mine.id] }), tokens.resident), state, [mine.id])
  })

  it('the grid leader resolves with photos the resident then sees; a resident’s upload is refused and the problem stays open', async () => {
    const { problemId } = await api.ok('reportProblem', report(), tokens.resident)
    const residents = await upload(api, tokens.resident, 'problem')
    const state = async () => `${await problemCounts(db)}|${JSON.stringify(await db.rows('SELECT "status", "resolvePhotos" FROM "Problem" WHERE "objectId" = $1', [problemId]))}`
    await refused(() => api.call('resolveProblem', { problemId, note: '灯已换好。', photoIds: [residents.id] }, tokens.gridLeader), state, [residents.id])
    const a = await upload(api, tokens.gridLeader, 'problem')
    const b = await upload(api, tokens.gridLeader, 'problem')
    const notice = await upload(api, tokens.steward, 'notice')
    await refused(() => api.call('resolveProblem', { problemId, note: '灯已换好。', photoIds: [a.id, notice.id] }, tokens.gridLeader), state, [a.id, notice.id])
    expect(await api.ok('resolveProblem', { problemId, note: '灯已换好。', photoIds: [a.id, b.id] }, tokens.gridLeader)).toEqual({ status: 'solved' })
    const detail = await api.ok('getProblem', { problemId }, tokens.resident)
    expect(detail.status).toBe('solved')
    const solved = detail.events.find((e) => e.kind === 'solved')
    expect(solved).toMatchObject({ text: '灯已换好。' })
    expect(filesOf(solved!.photos)).toEqual(filesOf([a, b]))
    expect(await attachedTo(db, [a.id, b.id, residents.id])).toEqual([problemId, problemId, null])
  })
})

describe('welfare attachments and progress photos (#6)', () => {
  const state = async () =>
    JSON.stringify(
      await db.rows(
        `SELECT (SELECT json_agg(a ORDER BY a."objectId") FROM (SELECT "objectId", "status", "attachments", "updatedAt" FROM "WelfareApplication") a) AS apps,
                (SELECT count(*) FROM "WelfareProgress") AS posts, (SELECT count(*) FROM "WelfareEvent") AS events`,
      ),
    )

  it('an application keeps an image and a PDF in order; the reviewers see them; other uploads are refused', async () => {
    const pdf = await upload(api, tokens.resident, 'welfare', 'pdf')
    const photo = await upload(api, tokens.resident, 'welfare')
    const theirs = await upload(api, tokens.senior, 'welfare')
    const problemPhoto = await upload(api, tokens.resident, 'problem')
    await refused(() => api.call('saveWelfareApplication', { programmeId, ...application(places.communityId, { attachmentIds: [pdf.id, theirs.id] }) }, tokens.resident), state, [pdf.id, theirs.id])
    await refused(() => api.call('saveWelfareApplication', { programmeId, ...application(places.communityId, { attachmentIds: [problemPhoto.id] }) }, tokens.resident), state, [problemPhoto.id])
    const { applicationId } = await api.ok('saveWelfareApplication', { programmeId, ...application(places.communityId, { attachmentIds: [pdf.id, photo.id] }) }, tokens.resident)
    const shown = async (token: string) => (await api.ok('getWelfareApplication', { applicationId }, token)).application.attachments.map((a) => [a.id, a.contentType])
    expect(await shown(tokens.resident)).toEqual([
      [pdf.id, 'application/pdf'],
      [photo.id, 'image/png'],
    ])
    expect((await served(pdf.url)).subarray(0, 5).toString()).toBe('%PDF-')
    // Editing the draft: dropping the PDF lets it go; another draft cannot take the photo; the order asked is kept.
    await api.ok('saveWelfareApplication', { programmeId, applicationId, attachmentIds: [photo.id] }, tokens.resident)
    expect(await attachedTo(db, [pdf.id, photo.id])).toEqual([null, applicationId])
    await refused(() => api.call('saveWelfareApplication', { programmeId, ...application(places.communityId, { attachmentIds: [photo.id] }) }, tokens.resident), state, [photo.id])
    await api.ok('saveWelfareApplication', { programmeId, applicationId, attachmentIds: [photo.id, pdf.id] }, tokens.resident)
    await api.ok('submitWelfareApplication', { applicationId }, tokens.resident)
    expect(await shown(tokens.communityStaff)).toEqual([
      [photo.id, 'image/png'],
      [pdf.id, 'application/pdf'],
    ])
  })

  it('progress updates carry photos in order; refused posts (wrong purpose, another person, a second final report) claim nothing', async () => {
    const { applicationId } = await api.ok('saveWelfareApplication', { programmeId, ...application(places.communityId) }, tokens.resident)
    await api.ok('submitWelfareApplication', { applicationId }, tokens.resident)
    await api.ok('reviewWelfareApplication', { applicationId, decision: 'pass', scores: SCORES, comment: '' }, tokens.communityStaff)
    await api.ok('reviewWelfareApplication', { applicationId, decision: 'approve', amountFen: 300_000, comment: '' }, tokens.streetStaff)
    const a = await upload(api, tokens.resident, 'welfareProgress')
    const b = await upload(api, tokens.resident, 'welfareProgress')
    const wrongPurpose = await upload(api, tokens.resident, 'welfare')
    const theirs = await upload(api, tokens.senior, 'welfareProgress')
    await refused(() => api.call('postWelfareProgress', { applicationId, text: '第一次活动完成。', photoIds: [a.id, wrongPurpose.id] }, tokens.resident), state, [a.id, wrongPurpose.id])
    await refused(() => api.call('postWelfareProgress', { applicationId, text: '第一次活动完成。', photoIds: [theirs.id] }, tokens.resident), state, [theirs.id])
    await api.ok('postWelfareProgress', { applicationId, text: '第一次活动完成。', photoIds: [b.id, a.id] }, tokens.resident)
    const final1 = await upload(api, tokens.resident, 'welfareProgress')
    const final2 = await upload(api, tokens.resident, 'welfareProgress')
    await api.ok('postWelfareProgress', { applicationId, text: '结项报告：全部完成。', photoIds: [final1.id], final: true }, tokens.resident)
    // A second final report is refused, and its photo stays free (it was claimed outside the post's transaction before).
    const err = failure(await api.call('postWelfareProgress', { applicationId, text: '结项报告：再交一次。', photoIds: [final2.id], final: true }, tokens.resident))
    expect(err).toMatchObject({ code: 142, error: '结项报告已经提交过了。' })
    expect(await attachedTo(db, [final2.id])).toEqual([null])
    const { project } = await api.ok('getFundedProject', { applicationId })
    expect(project.progress.map((p) => [p.kind, p.photos.map((x) => x.id)])).toEqual([
      ['report', [final1.id]],
      ['progress', [b.id, a.id]],
    ])
    expect((await served(project.progress[1].photos[0].url)).equals(Buffer.from(PNG, 'base64'))).toBe(true)
  })
})
