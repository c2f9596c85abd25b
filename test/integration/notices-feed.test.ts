/** Bulletins for readers: the merged feed, history, and read receipts exact under concurrency. */
import type { NoticeListItem } from '@contract/domain'
import { master } from './support/activities'
import { TestClient, failure } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, phonesOf, type DemoPlaces } from './support/notices'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>
/** A resident of 2幢, same compound, not a demo account. */
let neighbour: string

beforeAll(async () => {
  server = await startTestServer({ TEST_CLOCK: 'on', JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
  const others = (await phonesOf(db, 'building', places.otherBuildingId)).filter((p) => p.phone > '13900000009')
  neighbour = await api.login(others[0].phone)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

async function feed(token: string, limit = 50): Promise<NoticeListItem[]> {
  return (await api.ok('listMyNotices', { limit }, token)).items
}

describe('the feed', () => {
  it('starts with the seeded notices, pinned first, the expired one only in history', async () => {
    const items = await feed(tokens.resident)
    expect(items.map((i) => i.scope).sort()).toEqual(['building', 'community', 'street'])
    expect(items[0]).toMatchObject({ scope: 'street', pinned: true, scopeName: '梧桐街道', read: false, expired: false })
    expect(items.find((i) => i.scope === 'building')).toMatchObject({ urgent: true, scopeName: expect.stringMatching(/1幢$/) })
    const history = (await api.ok('searchNotices', { q: '医保' }, tokens.resident)).items
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ expired: true, scopeName: '杨家门社区' })
    expect(items.some((i) => i.id === history[0].id)).toBe(false)
  })

  it("a 2幢 resident never sees 1幢's building notice, anywhere", async () => {
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId, { title: '一幢电梯检修' }), tokens.steward)
    expect((await feed(tokens.resident)).some((i) => i.id === noticeId)).toBe(true)
    expect((await feed(neighbour)).some((i) => i.id === noticeId)).toBe(false)
    expect((await api.ok('searchNotices', { q: '一幢电梯' }, neighbour)).items).toEqual([])
    expect(failure(await api.call('getNotice', { noticeId }, neighbour)).code).toBe(101)
    // The 2幢 resident still gets the street's and the community's notices.
    expect((await feed(neighbour)).map((i) => i.scope).sort()).toEqual(['community', 'street'])
  })

  it('orders pinned first, then newest; pages by a cursor that new notices do not disturb', async () => {
    const a = await api.ok('publishNotice', notice('community', places.communityId), tokens.communityStaff)
    const b = await api.ok('publishNotice', notice('building', places.buildingId, { pinned: true }), tokens.steward)
    const c = await api.ok('publishNotice', notice('street', places.streetId), tokens.streetStaff)
    const items = await feed(tokens.resident)
    const key = (i: NoticeListItem) => `${i.pinned ? 1 : 0}${i.publishedAt}`
    expect(items.map(key)).toEqual([...items.map(key)].sort().reverse())
    const ids = items.map((i) => i.id)
    expect(ids.indexOf(b.noticeId)).toBeLessThan(ids.indexOf(c.noticeId))
    expect(ids.indexOf(c.noticeId)).toBeLessThan(ids.indexOf(a.noticeId))

    const walked: string[] = []
    let cursor: string | undefined
    do {
      const page = await api.ok('listMyNotices', { limit: 2, ...(cursor ? { cursor } : {}) }, tokens.resident)
      walked.push(...page.items.map((i) => i.id))
      if (walked.length === 2) await api.ok('publishNotice', notice('community', places.communityId, { pinned: true }), tokens.communityStaff)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(walked).toEqual(ids)
    expect(failure(await api.call('listMyNotices', { cursor: 'not-a-cursor' }, tokens.resident)).code).toBe(142)
  })

  it('leaves out notices not yet effective or past expiry; history keeps the expired, not the withdrawn', async () => {
    const later = new Date(Date.now() + 86_400_000).toISOString()
    const future = await api.ok('publishNotice', notice('community', places.communityId, { effectiveFrom: later }), tokens.communityStaff)
    const soon = await api.ok('publishNotice', notice('community', places.communityId, { title: '即将过期的通知', expiresAt: new Date(Date.now() + 1500).toISOString() }), tokens.communityStaff)
    const gone = await api.ok('publishNotice', notice('community', places.communityId, { title: '将被撤回的通知' }), tokens.communityStaff)
    await api.ok('withdrawNotice', { noticeId: gone.noticeId }, tokens.communityStaff)
    expect((await feed(tokens.resident)).some((i) => i.id === soon.noticeId)).toBe(true)
    // Two seconds on the server's clock, not on the test's: the feed asks the clock, not SQL's now().
    await master(server).setClock(new Date(Date.now() + 2000))
    const ids = (await feed(tokens.resident)).map((i) => i.id)
    expect(ids).not.toContain(future.noticeId)
    expect(ids).not.toContain(soon.noticeId)
    expect(ids).not.toContain(gone.noticeId)
    const history = (await api.ok('searchNotices', { q: '通知' }, tokens.resident)).items
    expect(history.find((i) => i.id === soon.noticeId)?.expired).toBe(true)
    expect(history.some((i) => i.id === gone.noticeId || i.id === future.noticeId)).toBe(false)
    expect(await api.ok('getNotice', { noticeId: soon.noticeId }, tokens.resident)).toMatchObject({ expired: true, canManage: false })
  })

  it('marks read once however often it is opened, and the badge follows', async () => {
    const { count } = await api.ok('unreadNoticeCount', {}, tokens.senior)
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    expect((await api.ok('unreadNoticeCount', {}, tokens.senior)).count).toBe(count + 1)
    await Promise.all([1, 2, 3].map(() => api.ok('markNoticeRead', { noticeId }, tokens.senior)))
    expect(await api.ok('markNoticeRead', { noticeId }, tokens.senior)).toEqual({ read: true })
    expect(await db.count('NoticeRead', '"notice" = $1', [noticeId])).toBe(1)
    expect((await api.ok('unreadNoticeCount', {}, tokens.senior)).count).toBe(count)
    expect((await feed(tokens.senior)).find((i) => i.id === noticeId)?.read).toBe(true)
    expect((await api.ok('noticeReadStats', { noticeId }, tokens.steward)).readHouseholds).toBe(1)
  })
})

describe('read receipts', () => {
  it("counts households exactly when a whole building reads at once, and lists the rooms that have not", async () => {
    const everyone = await phonesOf(db, 'building', places.buildingId)
    // The steward lives in 1幢: their own household is left out of their notice's receipts.
    const own = everyone.find((p) => p.phone === DEMO.steward)!.room
    const people = everyone.filter((p) => p.room !== own)
    const rooms = [...new Set(people.map((p) => p.room))].sort()
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    expect(await api.ok('noticeReadStats', { noticeId }, tokens.steward)).toEqual({ households: rooms.length, readHouseholds: 0, unreadRooms: rooms })

    const logins = await Promise.all(people.map(async (p) => ({ ...p, token: await api.login(p.phone) })))
    const first = logins.filter((p) => p.room < rooms[Math.floor(rooms.length / 2)])
    await Promise.all(first.flatMap((p) => [api.ok('markNoticeRead', { noticeId }, p.token), api.ok('markNoticeRead', { noticeId }, p.token)]))
    const readRooms = new Set(first.map((p) => p.room))
    const stats = await api.ok('noticeReadStats', { noticeId }, tokens.steward)
    expect(stats).toEqual({ households: rooms.length, readHouseholds: readRooms.size, unreadRooms: rooms.filter((r) => !readRooms.has(r)) })

    await Promise.all(logins.flatMap((p) => [api.ok('markNoticeRead', { noticeId }, p.token), api.ok('markNoticeRead', { noticeId }, p.token)]))
    expect(await api.ok('noticeReadStats', { noticeId }, tokens.communityStaff)).toEqual({ households: rooms.length, readHouseholds: rooms.length, unreadRooms: [] })
    // The steward reading their own notice changes nothing in its receipts.
    await api.ok('markNoticeRead', { noticeId }, tokens.steward)
    expect(await api.ok('noticeReadStats', { noticeId }, tokens.steward)).toEqual({ households: rooms.length, readHouseholds: rooms.length, unreadRooms: [] })
    expect(await db.count('NoticeRead', '"notice" = $1', [noticeId])).toBe(people.length + 1)
  })

  it('stays exact when 20 residents of the community read at once, and shows in the publisher\'s list', async () => {
    const people = (await phonesOf(db, 'community', places.communityId, 200)).filter((p) => p.phone > '13900000009').slice(0, 20)
    expect(people).toHaveLength(20)
    const { noticeId } = await api.ok('publishNotice', notice('community', places.communityId), tokens.communityStaff)
    const before = await api.ok('noticeReadStats', { noticeId }, tokens.communityStaff)
    expect(before.unreadRooms).toBeUndefined()
    // Every household of the community but the publisher's own.
    const [{ n: households }] = await db.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT DISTINCT "building", "room" FROM "Resident" WHERE "community" = $1 AND "verified" AND "room" IS NOT NULL
         AND ("building", "room") NOT IN (SELECT "building", "room" FROM "Resident" WHERE "phone" = $2 AND "room" IS NOT NULL)) h`,
      [places.communityId, DEMO.communityStaff],
    )
    expect(households).toBeGreaterThan(20)
    expect(before).toEqual({ households, readHouseholds: 0 })
    const tokensOf = await Promise.all(people.map((p) => api.login(p.phone)))
    await Promise.all(tokensOf.flatMap((t) => [api.ok('markNoticeRead', { noticeId }, t), api.ok('markNoticeRead', { noticeId }, t)]))
    const readHouseholds = new Set(people.map((p) => `${p.building}/${p.room}`)).size
    expect(await api.ok('noticeReadStats', { noticeId }, tokens.streetStaff)).toEqual({ households, readHouseholds })
    expect(await db.count('NoticeRead', '"notice" = $1', [noticeId])).toBe(20)
    const mine = (await api.ok('myPublishedNotices', { limit: 5 }, tokens.communityStaff)).items
    expect(mine[0]).toMatchObject({ id: noticeId, status: 'published', households, readHouseholds })
  })
})
