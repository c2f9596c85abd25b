/** Bulletins: who may publish where (every "must fail" of issue #4), and what nobody else can read. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { demoPlaces, notice, phonesOf, type DemoPlaces } from './support/notices'
import { subscribe } from './support/live-query'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

/** Expects a refusal with a code and a Chinese sentence, and that no notice was saved. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string): Promise<void> {
  const before = await db.count('Notice')
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (message) expect(err.error).toBe(message)
  expect(await db.count('Notice')).toBe(before)
}

describe('who may publish', () => {
  it('lists where each person may publish', async () => {
    const steward = await api.ok('publishTargets', {}, tokens.steward)
    expect(steward.targets).toEqual([{ scope: 'building', targetId: places.buildingId, name: expect.stringMatching(/1幢$/) }])
    const staff = (await api.ok('publishTargets', {}, tokens.communityStaff)).targets
    expect(staff[0]).toEqual({ scope: 'community', targetId: places.communityId, name: '杨家门社区' })
    expect(staff.some((t) => t.targetId === places.buildingId)).toBe(true)
    expect(staff.some((t) => t.scope === 'street' || t.targetId === places.otherCommunityId)).toBe(false)
    const street = (await api.ok('publishTargets', {}, tokens.streetStaff)).targets
    expect(street[0]).toEqual({ scope: 'street', targetId: places.streetId, name: '梧桐街道' })
    expect(street.filter((t) => t.scope === 'community').length).toBe(18)
    expect((await api.ok('publishTargets', {}, tokens.resident)).targets).toEqual([])
  })

  it('a steward publishes to their building, community staff to their community, street staff to the street', async () => {
    for (const [token, scope, target] of [
      [tokens.steward, 'building', places.buildingId],
      [tokens.communityStaff, 'building', places.otherBuildingId],
      [tokens.communityStaff, 'community', places.communityId],
      [tokens.streetStaff, 'street', places.streetId],
      [tokens.streetStaff, 'community', places.otherCommunityId],
    ] as const) {
      const { noticeId } = await api.ok('publishNotice', notice(scope, target), token)
      const [row] = await db.rows<{ status: string; publisherRole: string; _rperm: string[] }>('SELECT "status", "publisherRole", "_rperm" FROM "Notice" WHERE "objectId" = $1', [noticeId])
      expect(row.status).toBe('published')
      expect(row._rperm).toEqual([])
    }
  })

  it('refuses a resident publishing anything (119)', async () => {
    for (const [scope, target] of [['building', () => places.buildingId], ['community', () => places.communityId], ['street', () => places.streetId]] as const) {
      await refused(() => api.call('publishNotice', notice(scope, target()), tokens.resident), 119, '只有楼道红管家和社区、街道工作人员可以发布公告。')
    }
    await refused(() => api.call('publishNotice', notice('building', places.buildingId, { title: '' }), tokens.senior), 119)
  })

  it('refuses a steward publishing to a building they do not look after, or to a community', async () => {
    await refused(() => api.call('publishNotice', notice('building', places.otherBuildingId), tokens.steward), 119, '您只能向自己负责的楼栋发布公告。')
    await refused(() => api.call('publishNotice', notice('community', places.communityId), tokens.steward), 119)
    await refused(() => api.call('publishNotice', notice('street', places.streetId), tokens.otherSteward), 119)
  })

  it('refuses staff publishing outside their community', async () => {
    await refused(() => api.call('publishNotice', notice('community', places.otherCommunityId), tokens.communityStaff), 119, '您只能向自己所在社区及其楼栋发布公告。')
    await refused(() => api.call('publishNotice', notice('street', places.streetId), tokens.communityStaff), 119)
    await refused(() => api.call('publishNotice', notice('building', places.buildingId), tokens.otherCommunityStaff), 119)
  })

  it("refuses what breaks the notice rules with validateNotice's sentence (142)", async () => {
    const b = places.buildingId
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '长'.repeat(41) }, '标题最多40个字。'],
      [{ title: '' }, '请填写标题。'],
      [{ title: '   ' }, '请填写标题。'],
      [{ category: '广告' }, '请选择公告类别。'],
      [{ effectiveFrom: '2026-08-02T08:00:00+08:00', expiresAt: '2026-08-01T08:00:00+08:00' }, '过期时间必须晚于生效时间。'],
      [{ body: '' }, '请填写正文。'],
      // Direction overrides and zero-width characters change how a title reads without being seen.
      [{ title: '停水通知\u202e知通' }, '标题里有无法识别的字符。'],
      [{ body: '明天停水\u200b。' }, '正文里有无法识别的字符。'],
    ]
    for (const [overrides, message] of cases) await refused(() => api.call('publishNotice', notice('building', b, overrides), tokens.steward), 142, message)
    // Exactly 40 characters is fine.
    await api.ok('publishNotice', notice('building', b, { title: '字'.repeat(40) }), tokens.steward)
  })

  it('refuses an unknown place (101)', async () => {
    await refused(() => api.call('publishNotice', notice('building', 'NoSuchBldg'), tokens.streetStaff), 101)
    await refused(() => api.call('publishNotice', notice('community', places.buildingId), tokens.streetStaff), 101)
  })
})

describe('editing, withdrawing and hiding', () => {
  it('only the publisher or staff over the scope edit and withdraw; edits are marked', async () => {
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    const edit = notice('building', places.buildingId, { title: '改过的标题' })
    for (const who of [tokens.resident, tokens.otherSteward, tokens.otherCommunityStaff]) {
      await refused(() => api.call('updateNotice', { ...edit, noticeId }, who), 119)
      expect(failure(await api.call('withdrawNotice', { noticeId }, who)).code).toBe(119)
    }
    await refused(() => api.call('updateNotice', { ...notice('building', places.otherBuildingId), noticeId }, tokens.steward), 119)
    await refused(() => api.call('updateNotice', { ...edit, title: 'x'.repeat(41), noticeId }, tokens.steward), 142, '标题最多40个字。')
    await api.ok('updateNotice', { ...edit, noticeId }, tokens.steward)
    const detail = await api.ok('getNotice', { noticeId }, tokens.resident)
    expect(detail).toMatchObject({ title: '改过的标题', edited: true, canManage: false, publisherRole: 'steward', status: 'published' })
    expect(await api.ok('withdrawNotice', { noticeId }, tokens.communityStaff)).toEqual({ status: 'withdrawn' })
    expect(failure(await api.call('getNotice', { noticeId }, tokens.resident)).code).toBe(101)
    expect((await api.ok('getNotice', { noticeId }, tokens.steward)).status).toBe('withdrawn')
    expect((await api.ok('listMyNotices', { limit: 50 }, tokens.resident)).items.some((i) => i.id === noticeId)).toBe(false)
  })

  it('staff over the scope hide a notice with a reason; it is kept, not deleted', async () => {
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    expect(failure(await api.call('hideNotice', { noticeId, reason: '内容不实' }, tokens.steward)).code).toBe(119)
    expect(failure(await api.call('hideNotice', { noticeId, reason: '内容不实' }, tokens.otherCommunityStaff)).code).toBe(119)
    const empty = failure(await api.call('hideNotice', { noticeId, reason: ' ' }, tokens.communityStaff))
    expect([empty.code, empty.error]).toEqual([142, '请写明隐藏原因。'])
    expect(await api.ok('hideNotice', { noticeId, reason: '内容不实' }, tokens.communityStaff)).toEqual({ status: 'hidden' })
    expect(await db.count('Notice', '"objectId" = $1 AND "status" = \'hidden\'', [noticeId])).toBe(1)
    expect(failure(await api.call('getNotice', { noticeId }, tokens.resident)).code).toBe(101)
    expect(await api.ok('getNotice', { noticeId }, tokens.streetStaff)).toMatchObject({ status: 'hidden', hiddenReason: '内容不实', canManage: true })
  })
})

describe('reading is scoped', () => {
  it('a notice of another building cannot be read over the REST API or through getNotice', async () => {
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    for (const path of ['/classes/Notice', `/classes/Notice/${noticeId}`, '/classes/NoticeRead']) {
      const err = failure(await api.rest('GET', path, { token: tokens.otherSteward }))
      expect([101, 119]).toContain(err.code)
      expect(isChinese(err.error)).toBe(true)
    }
    const forged = { ...notice('building', places.buildingId), status: 'published', publisherRole: 'steward', publishedAt: { __type: 'Date', iso: new Date().toISOString() } }
    await refused(() => api.rest('POST', '/classes/Notice', { token: tokens.steward, body: forged }), 119)
    const err = failure(await api.call('getNotice', { noticeId }, tokens.otherSteward))
    expect(err.code).toBe(101)
    expect(isChinese(err.error)).toBe(true)
    expect(failure(await api.call('markNoticeRead', { noticeId }, tokens.otherSteward)).code).toBe(101)
  })

  it('read stats are for the publisher and staff of the scope only', async () => {
    const { noticeId } = await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
    for (const who of [tokens.resident, tokens.otherSteward, tokens.otherCommunityStaff, tokens.gridLeader]) {
      const err = failure(await api.call('noticeReadStats', { noticeId }, who))
      expect([err.code, err.error]).toEqual([119, '只有发布人或负责该范围的工作人员可以查看阅读情况。'])
    }
    for (const who of [tokens.steward, tokens.communityStaff, tokens.streetStaff]) {
      expect((await api.ok('noticeReadStats', { noticeId }, who)).households).toBeGreaterThan(0)
    }
  })

  it('signals on NoticeSignal carry a scope and target only, and reach clients over LiveQuery only', async () => {
    const { noticeId } = await api.ok('publishNotice', notice('community', places.communityId), tokens.communityStaff)
    expect(noticeId).toBeTruthy()
    const [signal] = await db.rows('SELECT * FROM "NoticeSignal" ORDER BY "createdAt" DESC LIMIT 1')
    expect(Object.keys(signal).sort()).toEqual(['_rperm', '_wperm', 'createdAt', 'objectId', 'scope', 'targetId', 'updatedAt'])
    expect(signal).toMatchObject({ scope: 'community', targetId: places.communityId })
    // REST reads are closed by the route allow-list; the class keeps `find` for LiveQuery alone.
    expect(failure(await api.rest('GET', '/classes/NoticeSignal', { token: tokens.resident })).code).toBe(119)
    expect(failure(await api.rest('GET', '/classes/NoticeSignal')).code).toBe(119)
    expect(failure(await api.rest('POST', '/classes/NoticeSignal', { token: tokens.resident, body: { scope: 'street', targetId: 'x' } })).code).toBe(119)
  })

  it('a signed-in app hears of a new notice over LiveQuery, with no content in the signal', async () => {
    const live = await subscribe(server.base, 'NoticeSignal', tokens.resident)
    try {
      expect(live.events.some((e) => e.op === 'error')).toBe(false)
      await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
      const created = await live.next((e) => e.op === 'create')
      expect(created.object).toMatchObject({ className: 'NoticeSignal', scope: 'building', targetId: places.buildingId })
      expect(created.object).not.toHaveProperty('title')
    } finally {
      live.close()
    }
  })

  it('a signal reaches only the readers it concerns: not another building, not the signed-out', async () => {
    const others = (await phonesOf(db, 'building', places.otherBuildingId)).filter((p) => p.phone > '13900000009')
    const neighbour = await api.login(others[0].phone)
    const [mine, theirs, anonymous] = await Promise.all([
      subscribe(server.base, 'NoticeSignal', tokens.resident),
      subscribe(server.base, 'NoticeSignal', neighbour),
      subscribe(server.base, 'NoticeSignal'),
    ])
    try {
      await api.ok('publishNotice', notice('building', places.buildingId), tokens.steward)
      await mine.next((e) => e.op === 'create')
      // The 2幢 neighbour hears the next community notice, and never heard 1幢's before it.
      await api.ok('publishNotice', notice('community', places.communityId), tokens.communityStaff)
      const heard = await theirs.next((e) => e.op === 'create')
      expect(heard.object).toMatchObject({ scope: 'community', targetId: places.communityId })
      expect(theirs.events.filter((e) => e.op === 'create').map((e) => e.object?.scope)).toEqual(['community'])
      expect(anonymous.events.some((e) => e.op === 'create')).toBe(false)
    } finally {
      mine.close()
      theirs.close()
      anonymous.close()
    }
  })
})
