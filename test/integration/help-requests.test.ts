/** Help requests: who may send, see, accept, reply, resolve and cancel; the accept race; export and erasure. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { plainResidents } from './support/help'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient
let db: TestDb
let places: DemoPlaces
const tokens = {} as Record<keyof typeof DEMO, string>

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'off' })
  api = new TestClient(server.base)
  db = openTestDb(server)
  for (const [who, phone] of Object.entries(DEMO)) tokens[who as keyof typeof DEMO] = await api.login(phone)
  places = await demoPlaces(api, db, tokens.resident)
})

afterAll(async () => {
  await db?.close()
  await server?.close()
})

const snapshot = async () => JSON.stringify([await db.rows('SELECT * FROM "HelpRequest" ORDER BY "objectId"'), await db.count('HelpEvent')])

/** Expects a refusal with a code and a Chinese sentence, and that no request or step changed. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string): Promise<void> {
  const before = await snapshot()
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (message) expect(err.error).toBe(message)
  expect(await snapshot()).toBe(before)
}

const ask = (token: string, text = '家里水管漏水，请帮忙看看。', extra: Record<string, unknown> = {}) =>
  api.ok('requestHelp', { kind: '维修', text, ...extra }, token).then((r) => r.helpRequestId)

describe('sending a request', () => {
  it('a resident sends one; it reaches their building’s steward with who and where, and no one else', async () => {
    const id = await ask(tokens.resident, '明天上午去医院复查，想找人陪。', { kind: '就医陪同', urgent: true })
    const [row] = await db.rows<{ status: string; urgent: boolean; _rperm: string[] }>('SELECT * FROM "HelpRequest" WHERE "objectId" = $1', [id])
    expect(row).toMatchObject({ status: 'open', urgent: true, _rperm: [] })
    const inbox = await api.ok('stewardHelpInbox', {}, tokens.steward)
    const item = inbox.items.find((i) => i.id === id)!
    expect(item).toMatchObject({ kind: '就医陪同', urgent: true, status: 'open', escalated: false, requester: { maskedPhone: '139****0001' } })
    expect(item.requester!.room).toBeTruthy()
    expect(JSON.stringify(inbox)).not.toContain('13900000001')
    expect((await api.ok('stewardHelpInbox', {}, tokens.otherSteward)).items.map((i) => i.id)).not.toContain(id)
    const mine = await api.ok('myHelpRequests', {}, tokens.resident)
    expect(mine.items[0]).toMatchObject({ id, status: 'open', requester: null })
    const detail = await api.ok('getHelpRequest', { helpRequestId: id }, tokens.resident)
    expect(detail.events.map((e) => e.kind)).toEqual(['submitted'])
    expect(detail.can).toEqual({ accept: false, reply: true, resolve: false, cancel: true })
    expect(detail.escalatesAt).not.toBeNull()
  })

  it('refuses someone without a home, and bad input, with a Chinese sentence and nothing saved', async () => {
    await refused(() => api.call('requestHelp', { kind: '维修', text: '帮帮忙' }, tokens.newcomer), 119, '完成住户登记、绑定楼栋后才能向红管家求助。')
    await refused(() => api.call('requestHelp', { kind: '聊天', text: '帮帮忙' }, tokens.resident), 142, '请选择需要哪种帮助。')
    await refused(() => api.call('requestHelp', { text: '帮帮忙' }, tokens.resident), 142, '请选择需要哪种帮助。')
    await refused(() => api.call('requestHelp', { kind: '维修', text: '长'.repeat(501) }, tokens.resident), 142, '说明最多500个字。')
    await refused(() => api.call('requestHelp', { kind: '维修', text: '坏了\u0007' }, tokens.resident), 142, '说明里有无法识别的字符。')
    await refused(() => api.call('requestHelp', { kind: '维修', text: '水管\u202e坏了' }, tokens.resident), 142, '说明里有无法识别的字符。')
    await refused(() => api.call('requestHelp', { kind: '维修', urgent: 'yes' }, tokens.resident), 142, '紧急只能选是或否。')
    await refused(() => api.call('requestHelp', { kind: '维修' }, null), 142)
    await refused(() => api.call('requestHelp', { kind: '维修', forUserId: 'someoneElse1' }, tokens.resident), 119)
  })

  it('text is optional (care mode sends a kind alone)', async () => {
    const id = await ask(tokens.senior, '')
    expect((await api.ok('getHelpRequest', { helpRequestId: id }, tokens.senior)).text).toBe('')
    await api.ok('cancelHelpRequest', { helpRequestId: id }, tokens.senior)
  })
})

describe('nobody else can see or act', () => {
  it('a steward of another building, another resident and staff before escalation get 101; REST is closed', async () => {
    const id = await ask(tokens.resident)
    for (const token of [tokens.otherSteward, tokens.senior, tokens.communityStaff, tokens.otherCommunityStaff, tokens.streetStaff]) {
      await refused(() => api.call('getHelpRequest', { helpRequestId: id }, token), 101, '没有找到这条求助，或您无权查看。')
      await refused(() => api.call('acceptHelpRequest', { helpRequestId: id }, token), 101)
      await refused(() => api.call('replyHelpRequest', { helpRequestId: id, text: '我来' }, token), 101)
      await refused(() => api.call('cancelHelpRequest', { helpRequestId: id }, token), 101)
    }
    for (const path of ['/classes/HelpRequest', `/classes/HelpRequest/${id}`, '/classes/HelpEvent']) {
      const err = failure(await api.rest('GET', path, { token: tokens.senior }))
      expect([101, 119]).toContain(err.code)
      expect(isChinese(err.error)).toBe(true)
    }
    await refused(() => api.rest('PUT', `/classes/HelpRequest/${id}`, { token: tokens.resident, body: { status: 'resolved' } }), 119)
    // The requester cannot accept their own request.
    await refused(() => api.call('acceptHelpRequest', { helpRequestId: id }, tokens.resident), 119, '只有本楼栋的红管家或社区工作人员可以受理求助。')
    expect(failure(await api.call('stewardHelpInbox', {}, tokens.resident)).code).toBe(119)
    expect(failure(await api.call('escalatedHelpRequests', {}, tokens.steward)).code).toBe(119)
    await api.ok('cancelHelpRequest', { helpRequestId: id }, tokens.resident)
  })
})

describe('accept, reply, resolve, cancel', () => {
  it('the whole conversation shows as a timeline, in order, with names and roles', async () => {
    const id = await ask(tokens.resident, '楼道灯坏了')
    await api.ok('acceptHelpRequest', { helpRequestId: id }, tokens.steward)
    await api.ok('replyHelpRequest', { helpRequestId: id, text: '今晚七点来看。' }, tokens.steward)
    await api.ok('replyHelpRequest', { helpRequestId: id, text: '好的，谢谢！' }, tokens.resident)
    await refused(() => api.call('resolveHelpRequest', { helpRequestId: id, note: '' }, tokens.steward), 142, '请写一句处理结果。')
    await refused(() => api.call('replyHelpRequest', { helpRequestId: id, text: '   ' }, tokens.steward), 142, '请填写回复内容。')
    await refused(() => api.call('resolveHelpRequest', { helpRequestId: id, note: '好了' }, tokens.resident), 119)
    await api.ok('resolveHelpRequest', { helpRequestId: id, note: '灯已换好。' }, tokens.steward)
    const d = await api.ok('getHelpRequest', { helpRequestId: id }, tokens.resident)
    expect(d.status).toBe('resolved')
    expect(d.acceptedBy).toMatchObject({ role: 'steward' })
    expect(d.events.map((e) => [e.kind, e.actorRole, e.text])).toEqual([
      ['submitted', 'resident', '楼道灯坏了'],
      ['accepted', 'steward', null],
      ['reply', 'steward', '今晚七点来看。'],
      ['reply', 'resident', '好的，谢谢！'],
      ['resolved', 'steward', '灯已换好。'],
    ])
    expect(d.events[1].actorName).toBe(d.acceptedBy!.name)
    expect(d.can).toEqual({ accept: false, reply: false, resolve: false, cancel: false })
    await refused(() => api.call('cancelHelpRequest', { helpRequestId: id }, tokens.resident), 142, '这条求助已经结束，不能再取消。')
    await refused(() => api.call('replyHelpRequest', { helpRequestId: id, text: '还有一盏' }, tokens.resident), 142, '这条求助已经结束了。')
  })

  it('the resident cancels while open; a late accept is refused', async () => {
    const id = await ask(tokens.resident)
    await api.ok('cancelHelpRequest', { helpRequestId: id }, tokens.resident)
    await refused(() => api.call('acceptHelpRequest', { helpRequestId: id }, tokens.steward), 142, '这条求助已经结束了。')
    expect((await api.ok('getHelpRequest', { helpRequestId: id }, tokens.resident)).events.map((e) => e.kind)).toEqual(['submitted', 'cancelled'])
  })

  it('of many concurrent accepts by two stewards exactly one wins', async () => {
    const [second] = await plainResidents(db, places.buildingId)
    await api.ok('assignSteward', { buildingId: places.buildingId, phone: second.phone }, tokens.communityStaff)
    const secondToken = await api.login(second.phone)
    const id = await ask(tokens.resident, '请帮忙买点菜', { kind: '代买代办' })
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api.call('acceptHelpRequest', { helpRequestId: id }, i % 2 ? secondToken : tokens.steward)),
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    for (const r of replies.filter((x) => !x.ok)) expect(failure(r)).toEqual({ code: 142, error: '这条求助已经有人受理了。' })
    expect(await db.count('HelpEvent', `"request" = $1 AND "kind" = 'accepted'`, [id])).toBe(1)
    const [row] = await db.rows<{ acceptedBy: string }>('SELECT "acceptedBy" FROM "HelpRequest" WHERE "objectId" = $1', [id])
    const winner = row.acceptedBy === second.user ? secondToken : tokens.steward
    const loser = winner === secondToken ? tokens.steward : secondToken
    // Only the winner resolves; the other steward may still reply.
    await refused(() => api.call('resolveHelpRequest', { helpRequestId: id, note: '好了' }, loser), 119, '只有受理这条求助的人可以标记解决。')
    await api.ok('replyHelpRequest', { helpRequestId: id, text: '我也可以帮忙。' }, loser)
    await api.ok('resolveHelpRequest', { helpRequestId: id, note: '菜已送到。' }, winner)
  })
})

describe('a steward who stops looking after the building', () => {
  it('hands back what they accepted and did not finish: it waits again, and they can no longer see it', async () => {
    const [person] = await plainResidents(db, places.otherBuildingId, 5).then((r) => r.slice(-1))
    const { assignmentId } = await api.ok('assignSteward', { buildingId: places.buildingId, phone: person.phone }, tokens.communityStaff)
    const token = await api.login(person.phone)
    const id = await ask(tokens.resident, '帮忙取个快递')
    await api.ok('acceptHelpRequest', { helpRequestId: id }, token)
    await api.ok('endStewardAssignment', { assignmentId, reason: '搬走了' }, tokens.communityStaff)
    const d = await api.ok('getHelpRequest', { helpRequestId: id }, tokens.resident)
    expect(d).toMatchObject({ status: 'open', acceptedBy: null })
    expect(d.events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'reopened'])
    expect(failure(await api.call('resolveHelpRequest', { helpRequestId: id, note: '好了' }, token)).code).toBe(101)
    await api.ok('acceptHelpRequest', { helpRequestId: id }, tokens.steward)
    await api.ok('resolveHelpRequest', { helpRequestId: id, note: '快递已送到。' }, tokens.steward)
  })
})

describe('personal data', () => {
  it("export includes one's requests with their steps; erasure removes them and anonymises one's replies elsewhere", async () => {
    const [person] = await plainResidents(db, places.buildingId, 3).then((r) => r.slice(-1))
    const token = await api.login(person.phone)
    const id = await ask(token, '请帮忙修一下门锁。')
    await api.ok('acceptHelpRequest', { helpRequestId: id }, tokens.steward)
    await api.ok('replyHelpRequest', { helpRequestId: id, text: '下午到。' }, tokens.steward)
    const data = await api.ok('exportMyData', {}, token)
    const help = data.more.help as { requests: Array<{ id: string; text: string; events: unknown[] }> }
    expect(help.requests.find((r) => r.id === id)).toMatchObject({ text: '请帮忙修一下门锁。', events: expect.any(Array) })
    expect(help.requests.find((r) => r.id === id)!.events).toHaveLength(3)
    const stewardData = (await api.ok('exportMyData', {}, tokens.steward)).more.help as { asHelper: Array<{ text: string | null }>; stewardProfile: unknown }
    expect(stewardData.asHelper.map((e) => e.text)).toContain('下午到。')
    expect(stewardData.stewardProfile).not.toBeNull()

    await api.ok('deleteMyData', { confirm: true }, token)
    expect(await db.count('HelpRequest', '"requester" = $1', [person.user])).toBe(0)
    expect(await db.count('HelpEvent', '"request" = $1', [id])).toBe(0)
  })

  it("a steward's erasure keeps residents' timelines but names no one", async () => {
    const [person] = await plainResidents(db, places.otherBuildingId, 4).then((r) => r.slice(-1))
    await api.ok('assignSteward', { buildingId: places.buildingId, phone: person.phone }, tokens.communityStaff)
    const token = await api.login(person.phone)
    await api.ok('saveStewardProfile', { intro: '临时帮忙', dutyHours: '周末' }, token)
    const id = await ask(tokens.resident, '帮忙搬个柜子')
    await api.ok('acceptHelpRequest', { helpRequestId: id }, token)
    await api.ok('replyHelpRequest', { helpRequestId: id, text: '周六上午来。' }, token)
    await api.ok('deleteMyData', { confirm: true }, token)
    expect(await db.count('StewardProfile', '"user" = $1', [person.user])).toBe(0)
    expect(await db.count('HelpEvent', '"actor" = $1', [person.user])).toBe(0)
    const d = await api.ok('getHelpRequest', { helpRequestId: id }, tokens.resident)
    expect(d.events.map((e) => e.text)).toContain('周六上午来。')
    expect(d.events.filter((e) => e.actorRole === 'steward').every((e) => e.actorName === '已注销用户')).toBe(true)
    await api.ok('cancelHelpRequest', { helpRequestId: id }, tokens.resident)
  })
})

describe('family acting for a senior', () => {
  it('a confirmed family member sends a request for the senior; it is the senior’s, the step names the family member, the act is recorded', async () => {
    const [family] = await plainResidents(db, places.otherBuildingId, 6).then((r) => r.slice(-1))
    const token = await api.login(family.phone)
    const seniorId = (await api.ok('me', {}, tokens.senior)).userId
    await refused(() => api.call('requestHelp', { kind: '就医陪同', forUserId: seniorId }, token), 119, '您还没有与这位长辈关联，或长辈尚未确认，不能代为办理。')
    const { linkId } = await api.ok('requestFamilyLink', { seniorPhone: DEMO.senior }, token)
    await api.ok('answerFamilyLink', { linkId, accept: true }, tokens.senior)
    const acts = await db.count('Act', '"subject" = $1', [seniorId])
    const id = (await api.ok('requestHelp', { kind: '就医陪同', text: '妈妈周三复查', forUserId: seniorId }, token)).helpRequestId
    const [row] = await db.rows<{ requester: string; actor: string; building: string }>('SELECT "requester", "actor", "building" FROM "HelpRequest" WHERE "objectId" = $1', [id])
    expect(row).toEqual({ requester: seniorId, actor: family.user, building: places.buildingId })
    expect(await db.count('Act', '"subject" = $1', [seniorId])).toBe(acts + 1)
    const seen = await api.ok('getHelpRequest', { helpRequestId: id }, tokens.senior)
    expect(seen.events[0]).toMatchObject({ kind: 'submitted', actorRole: 'family' })
    expect((await api.ok('myHelpRequests', { forUserId: seniorId }, token)).items.map((i) => i.id)).toContain(id)
    // The family member's own list is theirs, and without forUserId they cannot open the senior's request.
    expect((await api.ok('myHelpRequests', {}, token)).items.map((i) => i.id)).not.toContain(id)
    expect(failure(await api.call('getHelpRequest', { helpRequestId: id }, token)).code).toBe(101)
    expect((await api.ok('stewardHelpInbox', {}, tokens.steward)).items.find((i) => i.id === id)?.requester?.maskedPhone).toBe('139****0002')
    await api.ok('cancelHelpRequest', { helpRequestId: id, forUserId: seniorId }, token)
  })
})
