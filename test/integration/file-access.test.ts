/**
 * Uploaded files are served only through short-lived signed links that cloud functions hand to
 * people allowed to see the record: no link, a wrong, another file's or an expired signature gets
 * 403 with a Chinese sentence and no bytes; PDFs are downloads, never pages.
 */
import { TestClient, isChinese } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, type DemoPlaces } from './support/notices'
import { DEMO, masterKeyOf, startTestServer, type TestServer } from './support/server'
import { report } from './support/problems'
import { PNG, fileOf, upload } from './support/uploads'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>

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

/** A link as the server gave it, pointed at the test server. */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+\/parse/, server.base)
const withQuery = (url: string, query: string) => `${fileOf(local(url))}?${query}`
const query = (url: string) => new URL(url).searchParams

/** Expects a refusal: the status, a Chinese sentence, and none of the file's bytes. */
async function refused(url: string, status = 403, method: 'GET' | 'HEAD' = 'GET'): Promise<void> {
  const res = await fetch(url, { method })
  expect(res.status).toBe(status)
  const body = Buffer.from(await res.arrayBuffer())
  expect(body.includes(Buffer.from(PNG, 'base64').subarray(0, 8))).toBe(false)
  if (method === 'GET') {
    const err = JSON.parse(body.toString()) as { code: number; error: string }
    expect(isChinese(err.error)).toBe(true)
  }
}

describe('signed file links', () => {
  it('a resident allowed to see a notice gets image links that work, and only those', async () => {
    const image = await upload(api, tokens.steward, 'notice')
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId, { imageIds: [image.id] }), tokens.steward)
    const { images } = await api.ok('getNotice', { noticeId }, tokens.resident)
    expect(query(images[0].url).get('sig')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const res = await fetch(local(images[0].url))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBeNull()
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true)
    expect((await fetch(local(images[0].url), { method: 'HEAD' })).status).toBe(200)
    // What the records keep is the bare address: it opens nothing by itself.
    const [row] = await db.rows<{ url: string }>('SELECT "url" FROM "Upload" WHERE "objectId" = $1', [image.id])
    expect(row.url).not.toContain('?')
    await refused(local(row.url))
  })

  it('refuses no link, a tampered signature or expiry, and another file’s signature', async () => {
    const mine = await upload(api, tokens.resident, 'problem')
    const other = await upload(api, tokens.resident, 'problem')
    const q = query(mine.url)
    const sig = q.get('sig')!
    const exp = q.get('exp')!
    await refused(fileOf(local(mine.url))!)
    await refused(fileOf(local(mine.url))!, 403, 'HEAD')
    await refused(withQuery(mine.url, `exp=${exp}`))
    await refused(withQuery(mine.url, `exp=${exp}&sig=${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`))
    await refused(withQuery(mine.url, `exp=${Number(exp) + 3600}&sig=${sig}`))
    await refused(withQuery(mine.url, `exp=${exp}&sig=`))
    const o = query(other.url)
    await refused(withQuery(mine.url, `exp=${o.get('exp')}&sig=${o.get('sig')}`))
    // Other spellings of the path never reach Parse's own file route.
    await refused(fileOf(local(mine.url))!.replace('/files/', '/FILES/'))
    await refused(fileOf(local(mine.url))!.replace('/files/', '//files/'))
    // File metadata is no route of the app: the route allow-list refuses it before anything else.
    await refused(`${server.base}/files/tongxin/metadata/${encodeURIComponent(mine.name)}?${new URL(mine.url).search.slice(1)}`)
    // The real link still works.
    expect((await fetch(local(mine.url))).status).toBe(200)
  })

  it('refuses a link once it has expired, and hands out a fresh one with the record', async () => {
    const key = masterKeyOf(server)
    const photo = await upload(api, tokens.resident, 'problem')
    const { problemId } = await api.ok('reportProblem', report({ photoIds: [photo.id] }), tokens.resident)
    const first = (await api.ok('getProblem', { problemId }, tokens.resident)).photos[0].url
    expect((await fetch(local(first))).status).toBe(200)
    try {
      await api.master('setTestClock', { at: new Date(Date.now() + 3 * 3600_000).toISOString() }, key)
      await refused(local(first))
      const fresh = (await api.ok('getProblem', { problemId }, tokens.resident)).photos[0].url
      expect(fresh).not.toBe(first)
      expect((await fetch(local(fresh))).status).toBe(200)
    } finally {
      await api.master('setTestClock', { at: null }, key)
    }
  })

  it('serves a PDF as a download, never inline', async () => {
    const pdf = await upload(api, tokens.resident, 'welfare', 'pdf')
    const res = await fetch(local(pdf.url))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${pdf.name}"`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
