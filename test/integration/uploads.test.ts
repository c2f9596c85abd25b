/**
 * Uploads (uploadFile) and notice images and drafts: type checked by content, size by purpose,
 * a file attached only by its owner and only once, drafts seen by their author alone.
 */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, type DemoPlaces } from './support/notices'
import { DEMO, masterKeyOf, startTestServer, type TestServer } from './support/server'
import { filesOf } from './support/uploads'
import { FileLinks } from '@server/http/file-access'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>

// A 1×1 PNG, and bytes that only claim to be one.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const HTML = Buffer.from('<html><script>alert(1)</script></html>').toString('base64')
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF').toString('base64')

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

async function png(token: string, purpose: 'notice' | 'problem' = 'notice') {
  return api.ok('uploadFile', { data: PNG, contentType: 'image/png', name: 'a.png', purpose }, token)
}

/** Expects a refusal with a code and a Chinese sentence, and that no upload was recorded. */
async function refusedUpload<T>(call: () => Promise<Reply<T>>, code: number): Promise<string> {
  const before = await db.count('Upload')
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  expect(await db.count('Upload')).toBe(before)
  return err.error
}

describe('uploadFile', () => {
  it('stores an image as a Parse file that is served back with its type', async () => {
    const ref = await png(tokens.steward)
    expect(ref).toMatchObject({ contentType: 'image/png', size: Buffer.from(PNG, 'base64').length, name: expect.stringMatching(/^[0-9a-f]{32}_notice-[0-9a-f]+\.png$/) })
    const res = await fetch(ref.url.replace(/^https?:\/\/[^/]+\/parse/, server.base))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/image\/png/)
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true)
  })

  it('refuses content that is not what it claims, types not allowed for the purpose, and files over the limit', async () => {
    expect(await refusedUpload(() => api.call('uploadFile', { data: HTML, contentType: 'image/png', purpose: 'notice' }, tokens.steward), 142)).toMatch(/图片/)
    expect(await refusedUpload(() => api.call('uploadFile', { data: HTML, contentType: 'text/html', purpose: 'notice' }, tokens.steward), 142)).toMatch(/图片/)
    await refusedUpload(() => api.call('uploadFile', { data: PDF, contentType: 'application/pdf', purpose: 'notice' }, tokens.steward), 142)
    await refusedUpload(() => api.call('uploadFile', { data: 'not base64!', contentType: 'image/png', purpose: 'notice' }, tokens.steward), 142)
    await refusedUpload(() => api.call('uploadFile', { data: PNG, contentType: 'image/png', purpose: 'avatar' }, tokens.steward), 142)
    // A steward's photo may be at most 1 MB: a PNG header and 1 MB of padding is refused.
    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(1024 * 1024)]).toString('base64')
    expect(await refusedUpload(() => api.call('uploadFile', { data: big, contentType: 'image/png', purpose: 'stewardPhoto' }, tokens.steward), 142)).toMatch(/不能超过1MB/)
    // PDFs are for welfare applications.
    const pdf = await api.ok('uploadFile', { data: PDF, contentType: 'application/pdf', purpose: 'welfare' }, tokens.resident)
    expect(pdf.contentType).toBe('application/pdf')
  })

  it('needs a signed-in person; nobody uploads straight to Parse files or reads the Upload class', async () => {
    expect(failure(await api.call('uploadFile', { data: PNG, contentType: 'image/png', purpose: 'notice' })).code).toBe(142)
    const direct = await fetch(`${server.base}/files/a.png`, {
      method: 'POST',
      headers: { 'X-Parse-Application-Id': 'tongxin', 'X-Parse-Session-Token': tokens.resident, 'Content-Type': 'image/png' },
      body: Buffer.from(PNG, 'base64'),
    })
    expect(direct.ok).toBe(false)
    expect(failure(await api.rest('GET', '/classes/Upload', { token: tokens.resident })).code).toBe(119)
    expect(failure(await api.rest('POST', '/classes/Upload', { token: tokens.resident, body: { purpose: 'notice', name: 'x.png', url: 'http://x/x.png', contentType: 'image/png', size: 1 } })).code).toBe(119)
  })

  it('deletes uploads nobody attached after a day, files included', async () => {
    const key = masterKeyOf(server)
    const ref = await png(tokens.resident, 'problem')
    const attached = await png(tokens.steward)
    await api.ok('publishNotice', notice('building', places.buildingId, { imageIds: [attached.id] }), tokens.steward)
    try {
      await api.master('setTestClock', { at: new Date(Date.now() + 23 * 3600_000).toISOString() }, key)
      await api.master('runJobs', { names: ['uploads.cleanup'] }, key)
      expect(await db.count('Upload', '"objectId" = $1', [ref.id])).toBe(1)
      await api.master('setTestClock', { at: new Date(Date.now() + 25 * 3600_000).toISOString() }, key)
      const { done } = await api.master('runJobs', { names: ['uploads.cleanup'] }, key)
      expect(done['uploads.cleanup']).toBeGreaterThanOrEqual(1)
      expect(await db.count('Upload', '"objectId" = $1', [ref.id])).toBe(0)
      // The file is gone: even a link signed for that moment finds nothing.
      const links = new FileLinks({ appId: 'tongxin', masterKey: key, publicServerUrl: server.base })
      expect((await fetch(links.sign(ref.name, new Date(Date.now() + 25 * 3600_000)))).status).toBe(404)
      // Attached files stay, however old.
      expect(await db.count('Upload', '"objectId" = $1', [attached.id])).toBe(1)
      // Running it again finds nothing more of these.
      await api.master('runJobs', { names: ['uploads.cleanup'] }, key)
      expect(await db.count('Upload', '"objectId" = $1', [attached.id])).toBe(1)
    } finally {
      await api.master('setTestClock', { at: null }, key)
    }
  })
})

describe('notice images', () => {
  it('publishes a notice with the publisher’s own images, in order, and shows them to readers', async () => {
    const [a, b] = [await png(tokens.steward), await png(tokens.steward)]
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId, { imageIds: [b.id, a.id] }), tokens.steward)
    const seen = await api.ok('getNotice', { noticeId }, tokens.resident)
    expect(filesOf(seen.images)).toEqual(filesOf([b, a]))
    // An edit that drops one lets it go; the kept one stays attached.
    await api.ok('updateNotice', { ...notice('building', places.buildingId), imageIds: [a.id], noticeId }, tokens.steward)
    expect(filesOf((await api.ok('getNotice', { noticeId }, tokens.resident)).images)).toEqual(filesOf([a]))
    const rows = await db.rows<{ objectId: string; refId: string | null }>('SELECT "objectId", "refId" FROM "Upload" WHERE "objectId" = ANY($1)', [[a.id, b.id]])
    expect(Object.fromEntries(rows.map((r) => [r.objectId, r.refId]))).toEqual({ [a.id]: noticeId, [b.id]: null })
  })

  it('refuses someone else’s upload, one already attached elsewhere, or more than six; nothing is saved', async () => {
    const mine = await png(tokens.steward)
    const theirs = await png(tokens.otherSteward)
    const refused = async (imageIds: string[], message: RegExp) => {
      const before = await db.count('Notice')
      const err = failure(await api.call('publishNotice', notice('building', places.buildingId, { imageIds }), tokens.steward))
      expect(err.code).toBe(142)
      expect(err.error).toMatch(message)
      expect(await db.count('Notice')).toBe(before)
    }
    await refused([theirs.id], /图片已失效/)
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId, { imageIds: [mine.id] }), tokens.steward)
    expect(noticeId).toBeTruthy()
    await refused([mine.id], /图片已失效/)
    const seven = await Promise.all(Array.from({ length: 7 }, () => png(tokens.steward)))
    await refused(seven.map((s) => s.id), /最多6张/)
  })
})

describe('drafts', () => {
  it('a draft may be incomplete, is seen by its author only, and becomes the notice when published', async () => {
    const { noticeId: draftId } = await api.ok('saveNoticeDraft', { scope: 'building', targetId: places.buildingId, title: '下周停水（草稿）' }, tokens.steward)
    const own = await api.ok('getNotice', { noticeId: draftId }, tokens.steward)
    expect(own).toMatchObject({ status: 'draft', title: '下周停水（草稿）', body: '' })
    // Nobody else: not a resident of the building, not staff over it; not in any feed or search.
    expect(failure(await api.call('getNotice', { noticeId: draftId }, tokens.resident)).code).toBe(101)
    expect(failure(await api.call('getNotice', { noticeId: draftId }, tokens.communityStaff)).code).toBe(101)
    expect(failure(await api.call('hideNotice', { noticeId: draftId, reason: '测试' }, tokens.communityStaff)).code).toBe(101)
    expect((await api.ok('listMyNotices', { limit: 50 }, tokens.resident)).items.some((i) => i.id === draftId)).toBe(false)
    expect((await api.ok('searchNotices', { q: '草稿' }, tokens.resident)).items).toEqual([])
    expect((await api.ok('myPublishedNotices', { limit: 5 }, tokens.steward)).items[0]).toMatchObject({ id: draftId, status: 'draft' })

    // What a draft holds must already be right; publishing needs everything.
    expect(failure(await api.call('saveNoticeDraft', { noticeId: draftId, title: '标'.repeat(41) }, tokens.steward)).error).toBe('标题最多40个字。')
    expect(failure(await api.call('saveNoticeDraft', { scope: 'building', targetId: places.otherBuildingId }, tokens.steward)).code).toBe(119)
    expect(failure(await api.call('saveNoticeDraft', { title: '居民的草稿' }, tokens.resident)).code).toBe(119)
    expect(failure(await api.call('saveNoticeDraft', { noticeId: draftId, title: '别人的草稿' }, tokens.otherSteward)).code).toBe(101)
    expect(failure(await api.call('noticeReadStats', { noticeId: draftId }, tokens.steward)).code).toBe(142)
    expect(failure(await api.call('withdrawNotice', { noticeId: draftId }, tokens.steward)).code).toBe(142)

    const { noticeId } = await api.ok('publishNotice', { ...notice('building', places.buildingId, { title: '下周二停水' }), draftId }, tokens.steward)
    expect(noticeId).toBe(draftId)
    expect(await api.ok('getNotice', { noticeId }, tokens.resident)).toMatchObject({ status: 'published', title: '下周二停水' })
    // Published, it is no longer a draft to continue or delete.
    expect(failure(await api.call('deleteNoticeDraft', { noticeId }, tokens.steward)).code).toBe(101)
  })

  it('deleting a draft removes it and lets go of its images', async () => {
    const img = await png(tokens.steward)
    const { noticeId } = await api.ok('saveNoticeDraft', { title: '临时', imageIds: [img.id] }, tokens.steward)
    expect(await db.count('Upload', '"refId" = $1', [noticeId])).toBe(1)
    expect(failure(await api.call('deleteNoticeDraft', { noticeId }, tokens.otherSteward)).code).toBe(101)
    await api.ok('deleteNoticeDraft', { noticeId }, tokens.steward)
    expect(await db.count('Notice', '"objectId" = $1', [noticeId])).toBe(0)
    expect(await db.count('Upload', '"objectId" = $1 AND "refId" IS NULL', [img.id])).toBe(1)
  })
})
