/** The newcomer guide: seeded per community as data, ticked by residents, edited by their community's staff only. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
const tokens = {} as Record<keyof typeof DEMO, string>
let communityId: string

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  communityId = (await api.ok('myHome', {}, tokens.resident)).community.id
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

describe('myGuide and tickGuideItem', () => {
  it("shows the resident's community the default guide, with the office's address and hours from its data", async () => {
    const guide = await api.ok('myGuide', {}, tokens.resident)
    expect(guide.community).toEqual({ id: communityId, name: '杨家门社区' })
    expect(guide.items.map((i) => i.title)).toEqual(['居住证办理', '子女入学', '医保参保', '垃圾分类', '社区服务站地址与开放时间', '联系您的楼道红管家'])
    const home = await api.ok('myHome', {}, tokens.resident)
    const office = guide.items[4].body
    expect(office).toContain(home.community.address!)
    expect(office).toContain('周一至周六 8:30-17:00')
    expect(guide.items.every((i) => i.done === false)).toBe(true)
  })

  it('ticks and unticks an item for this resident only', async () => {
    const { items } = await api.ok('myGuide', {}, tokens.resident)
    expect(await api.ok('tickGuideItem', { itemId: items[0].id, done: true }, tokens.resident)).toEqual({ done: true })
    // A double tap keeps one tick.
    await api.ok('tickGuideItem', { itemId: items[0].id, done: true }, tokens.resident)
    expect((await api.ok('myGuide', {}, tokens.resident)).items[0].done).toBe(true)
    expect((await api.ok('myGuide', {}, tokens.senior)).items[0].done).toBe(false)
    await api.ok('tickGuideItem', { itemId: items[0].id, done: false }, tokens.resident)
    expect((await api.ok('myGuide', {}, tokens.resident)).items[0].done).toBe(false)
  })

  it("refuses an item of another community's guide with 101, and ticks nothing", async () => {
    const other = await api.ok('listGuideItems', { communityId: (await api.ok('placeOptions', {})).communities[1].id }, tokens.otherCommunityStaff)
    const before = await db.count('GuideTick')
    const err = failure(await api.call('tickGuideItem', { itemId: other.items[0].id, done: true }, tokens.resident))
    expect(err).toEqual({ code: 101, error: '没有找到这一项，请刷新后再试。' })
    expect(await db.count('GuideTick')).toBe(before)
  })

  it('tells a person without a home or a registration to register first (101)', async () => {
    expect(failure(await api.call('myGuide', {}, tokens.newcomer))).toEqual({ code: 101, error: '完成住户登记后，就能看到您所在社区的新居民指南。' })
  })

  it('refuses a missing decision and anonymous callers with 142', async () => {
    const { items } = await api.ok('myGuide', {}, tokens.resident)
    expect(failure(await api.call('tickGuideItem', { itemId: items[0].id }, tokens.resident))).toEqual({ code: 142, error: '请说明这一项是否已办好。' })
    expect(failure(await api.call('myGuide', {}))).toEqual({ code: 142, error: '请先登录。' })
  })
})

describe('staff edit their own community guide', () => {
  it('adds, edits and deletes an item; residents see the change', async () => {
    const { itemId } = await api.ok('saveGuideItem', { communityId, title: '电动车充电', body: '请到小区集中充电棚充电，\n不要把电瓶带回家。', order: 6 }, tokens.communityStaff)
    expect((await api.ok('myGuide', {}, tokens.resident)).items.map((i) => i.title)).toContain('电动车充电')
    await api.ok('saveGuideItem', { communityId, itemId, title: '电动自行车充电', body: '请到集中充电棚充电。', order: 0 }, tokens.communityStaff)
    const { items } = await api.ok('listGuideItems', { communityId }, tokens.communityStaff)
    expect(items.find((i) => i.id === itemId)).toMatchObject({ title: '电动自行车充电', body: '请到集中充电棚充电。', order: 0 })
    await api.ok('tickGuideItem', { itemId, done: true }, tokens.resident)
    expect(await api.ok('deleteGuideItem', { itemId }, tokens.communityStaff)).toEqual({ deleted: true })
    expect((await api.ok('myGuide', {}, tokens.resident)).items.map((i) => i.id)).not.toContain(itemId)
    expect(await db.count('GuideTick', '"item" = $1', [itemId])).toBe(0)
  })

  it.each([
    ['a resident', 'resident', 119],
    ['a steward', 'steward', 119],
    ['staff of another community', 'otherCommunityStaff', 119],
    ['street staff (the guide is the community\'s own)', 'streetStaff', 119],
  ] as const)('%s cannot list, add, edit or delete it', async (_label, who, code) => {
    const before = await db.count('GuideItem')
    const [first] = (await api.ok('listGuideItems', { communityId }, tokens.communityStaff)).items
    const replies: Array<Reply<unknown>> = [
      await api.call('listGuideItems', { communityId }, tokens[who]),
      await api.call('saveGuideItem', { communityId, title: '假通知', body: '假内容', order: 1 }, tokens[who]),
      await api.call('saveGuideItem', { communityId, itemId: first.id, title: '改掉', body: '改掉', order: 1 }, tokens[who]),
      await api.call('deleteGuideItem', { itemId: first.id }, tokens[who]),
    ]
    for (const reply of replies) {
      const err = failure(reply)
      expect(err.code).toBe(code)
      expect(isChinese(err.error)).toBe(true)
    }
    expect(await db.count('GuideItem')).toBe(before)
    expect((await api.ok('listGuideItems', { communityId }, tokens.communityStaff)).items[0]).toEqual(first)
  })

  it.each([
    [{ title: '' }, '请填写标题，最多30个字。'],
    [{ title: '标'.repeat(31) }, '请填写标题，最多30个字。'],
    [{ title: '标题\u0007' }, '请填写标题，最多30个字。'],
    [{ body: '' }, '请填写内容，最多1000个字。'],
    [{ order: 1.5 }, '排序请填0到999的整数。'],
    [{ order: '1' }, '排序请填0到999的整数。'],
  ])('refuses %j with 142 and saves nothing', async (overrides, message) => {
    const before = await db.count('GuideItem')
    const params = { communityId, title: '标题', body: '内容', order: 1, ...overrides }
    expect(failure(await api.call('saveGuideItem', params, tokens.communityStaff))).toEqual({ code: 142, error: message })
    expect(await db.count('GuideItem')).toBe(before)
  })

  it('guide rows are not readable or writable over the REST API', async () => {
    expect(failure(await api.rest('GET', '/classes/GuideItem', { token: tokens.resident })).code).toBe(119)
    expect(failure(await api.rest('GET', '/classes/GuideTick', { token: tokens.communityStaff })).code).toBe(119)
  })
})
