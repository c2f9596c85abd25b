/** Stewards: staff assign and end them (history kept), role membership follows, and their card reaches residents. */
import { TestClient, failure, isChinese, type Reply } from './support/client'
import { openTestDb, type TestDb } from './support/db'
import { plainResidents, readableResidents, roleNames } from './support/help'
import { demoPlaces, type DemoPlaces } from './support/notices'
import { DEMO, startTestServer, type TestServer } from './support/server'
import { fileOf } from './support/uploads'

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

const assignments = () => db.rows<{ objectId: string; steward: string; endedAt: Date | null; endReason: string | null }>('SELECT * FROM "StewardAssignment" ORDER BY "objectId"')

/** Expects a refusal with a code and a Chinese sentence, and that no assignment or role changed. */
async function refused<T>(call: () => Promise<Reply<T>>, code: number, message?: string): Promise<void> {
  const before = JSON.stringify(await assignments())
  const roles = await db.count('_Join:users:_Role')
  const profiles = JSON.stringify(await db.rows('SELECT * FROM "StewardProfile" ORDER BY "objectId"'))
  const err = failure(await call())
  expect(err.code).toBe(code)
  expect(isChinese(err.error)).toBe(true)
  if (message) expect(err.error).toBe(message)
  expect(JSON.stringify(await assignments())).toBe(before)
  expect(await db.count('_Join:users:_Role')).toBe(roles)
  expect(JSON.stringify(await db.rows('SELECT * FROM "StewardProfile" ORDER BY "objectId"'))).toBe(profiles)
}

describe('who may see and assign stewards', () => {
  it("staff see a building's current stewards with masked phones and their cards", async () => {
    const view = await api.ok('buildingStewards', { buildingId: places.buildingId }, tokens.communityStaff)
    expect(view.building).toMatchObject({ id: places.buildingId, communityName: '杨家门社区' })
    expect(view.current).toHaveLength(1)
    expect(view.current[0]).toMatchObject({ maskedPhone: '139****0004', endedAt: null, profile: { dutyHours: '工作日 18:00-20:00' } })
    expect(JSON.stringify(view)).not.toContain('13900000004')
    expect((await api.ok('buildingStewards', { buildingId: places.buildingId }, tokens.streetStaff)).current).toHaveLength(1)
  })

  it('refuses residents, stewards and staff of another community (119), and says why', async () => {
    const [candidate] = await plainResidents(db, places.buildingId)
    for (const token of [tokens.resident, tokens.steward, tokens.senior]) {
      await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: candidate.phone }, token), 119, '只有社区和街道工作人员可以安排红管家。')
      await refused(() => api.call('buildingStewards', { buildingId: places.buildingId }, token), 119)
    }
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: candidate.phone }, tokens.otherCommunityStaff), 119, '您只能管理本社区楼栋的红管家。')
    const [a] = await db.rows<{ objectId: string }>('SELECT "objectId" FROM "StewardAssignment" WHERE "building" = $1', [places.buildingId])
    await refused(() => api.call('endStewardAssignment', { assignmentId: a.objectId, reason: '搬走了' }, tokens.otherCommunityStaff), 119)
    await refused(() => api.call('endStewardAssignment', { assignmentId: a.objectId, reason: '搬走了' }, tokens.steward), 119)
  })

  it('refuses a phone that is not a verified resident of the same community, and bad input (nothing saved)', async () => {
    const other = await db.rows<{ phone: string }>(`SELECT "phone" FROM "Resident" WHERE "community" = $1 AND "verified" = true AND "phone" IS NOT NULL LIMIT 1`, [places.otherCommunityId])
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: other[0].phone }, tokens.communityStaff), 101)
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: '13999999999' }, tokens.communityStaff), 101)
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: '12345' }, tokens.communityStaff), 142, '请填写正确的11位手机号。')
    await refused(() => api.call('assignSteward', { buildingId: 'nope', phone: '13999999999' }, tokens.communityStaff), 101, '没有找到这栋楼，请重新选择。')
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId }, tokens.communityStaff), 142)
    // The newcomer has not been verified yet.
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: DEMO.newcomer }, tokens.communityStaff), 101)
  })
})

describe('assigning and ending', () => {
  it('a new steward is granted the building’s profiles at once; ending keeps the history and takes the access away', async () => {
    const [person] = await plainResidents(db, places.otherBuildingId)
    const token = await api.login(person.phone)
    expect(await readableResidents(db, person.user, places.buildingId)).toBe(0)

    const { assignmentId } = await api.ok('assignSteward', { buildingId: places.buildingId, phone: person.phone }, tokens.communityStaff)
    expect(await roleNames(db, person.user)).toEqual(expect.arrayContaining(['steward', `steward_${places.buildingId}`]))
    expect(await readableResidents(db, person.user, places.buildingId)).toBeGreaterThan(3)
    expect((await api.ok('me', {}, token)).roles).toContain('steward')
    expect((await api.ok('publishTargets', {}, token)).targets.map((t) => t.targetId)).toEqual([places.buildingId])
    expect((await api.ok('buildingStewards', { buildingId: places.buildingId }, tokens.communityStaff)).current).toHaveLength(2)
    // The same person twice is refused by the database, not by a read first.
    await refused(() => api.call('assignSteward', { buildingId: places.buildingId, phone: person.phone }, tokens.streetStaff), 137, '这位居民已经是这栋楼的红管家。')

    await refused(() => api.call('endStewardAssignment', { assignmentId, reason: '' }, tokens.communityStaff), 142, '请写明结束的原因。')
    await refused(() => api.call('endStewardAssignment', { assignmentId, reason: '长'.repeat(101) }, tokens.communityStaff), 142, '原因最多100个字。')
    await api.ok('endStewardAssignment', { assignmentId, reason: '工作调动，交给新的红管家' }, tokens.communityStaff)
    await refused(() => api.call('endStewardAssignment', { assignmentId, reason: '再结束一次' }, tokens.communityStaff), 142, '这条安排已经结束了。')

    expect(await roleNames(db, person.user)).not.toEqual(expect.arrayContaining(['steward']))
    expect(await roleNames(db, person.user)).not.toContain(`steward_${places.buildingId}`)
    expect(await readableResidents(db, person.user, places.buildingId)).toBe(0)
    expect((await api.ok('me', {}, token)).roles).not.toContain('steward')
    const view = await api.ok('buildingStewards', { buildingId: places.buildingId }, tokens.communityStaff)
    expect(view.current.map((c) => c.userId)).not.toContain(person.user)
    expect(view.history[0]).toMatchObject({ assignmentId, userId: person.user, endReason: '工作调动，交给新的红管家', endedByName: expect.any(String), assignedByName: expect.any(String) })
    expect(view.history[0].endedAt).not.toBeNull()
  })

  it('ending one of two buildings keeps the steward role and the other building', async () => {
    const [person] = await plainResidents(db, places.buildingId)
    const first = await api.ok('assignSteward', { buildingId: places.buildingId, phone: person.phone }, tokens.communityStaff)
    await api.ok('assignSteward', { buildingId: places.otherBuildingId, phone: person.phone }, tokens.communityStaff)
    await api.ok('endStewardAssignment', { assignmentId: first.assignmentId, reason: '只管2幢' }, tokens.streetStaff)
    const roles = await roleNames(db, person.user)
    expect(roles).toContain('steward')
    expect(roles).toContain(`steward_${places.otherBuildingId}`)
    expect(roles).not.toContain(`steward_${places.buildingId}`)
    expect(await readableResidents(db, person.user, places.otherBuildingId)).toBeGreaterThan(3)
    expect(await readableResidents(db, person.user, places.buildingId)).toBeLessThanOrEqual(1) // their own row only, if they live there
  })

  it('many concurrent assignments of the same person to the same building make exactly one', async () => {
    const [, person] = await plainResidents(db, places.otherBuildingId)
    const replies = await Promise.all(Array.from({ length: 8 }, () => api.call('assignSteward', { buildingId: places.otherBuildingId, phone: person.phone }, tokens.communityStaff)))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    for (const r of replies.filter((x) => !x.ok)) expect(failure(r).code).toBe(137)
    expect(await db.count('StewardAssignment', '"steward" = $1 AND "endedAt" IS NULL', [person.user])).toBe(1)
  })
})

describe("the steward's card", () => {
  it('a steward edits their card and the residents of their building see it on home', async () => {
    const mine = await api.ok('myStewardProfile', {}, tokens.steward)
    expect(mine.buildings.map((b) => b.id)).toEqual([places.buildingId])
    await api.ok('saveStewardProfile', { intro: '有事随时找我，晚上也可以。', dutyHours: '每天 19:00-21:00' }, tokens.steward)
    const home = await api.ok('myHome', {}, tokens.resident)
    expect(home.steward).toMatchObject({ maskedPhone: '139****0004', intro: '有事随时找我，晚上也可以。', dutyHours: '每天 19:00-21:00', photoUrl: null })
    expect(JSON.stringify(home)).not.toContain('13900000004')
  })

  it("shows the steward's own photo on the residents' home; a new photo lets the old one go", async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    const upload = (token: string, purpose: 'stewardPhoto' | 'notice' = 'stewardPhoto') =>
      api.ok('uploadFile', { data: png, contentType: 'image/png', name: 'me.png', purpose }, token)
    const first = await upload(tokens.steward)
    await api.ok('saveStewardProfile', { intro: '您好', dutyHours: '工作日晚上', photoId: first.id }, tokens.steward)
    expect(fileOf((await api.ok('myHome', {}, tokens.resident)).steward?.photoUrl)).toBe(fileOf(first.url))
    const second = await upload(tokens.steward)
    await api.ok('saveStewardProfile', { intro: '您好', dutyHours: '工作日晚上', photoId: second.id }, tokens.steward)
    expect(fileOf((await api.ok('myHome', {}, tokens.resident)).steward?.photoUrl)).toBe(fileOf(second.url))
    const refs = await db.rows<{ objectId: string; refId: string | null }>('SELECT "objectId", "refId" FROM "Upload" WHERE "objectId" = ANY($1)', [[first.id, second.id]])
    expect(Object.fromEntries(refs.map((r) => [r.objectId, r.refId !== null]))).toEqual({ [first.id]: false, [second.id]: true })
    // Someone else's upload, or one for a notice, is not a photo of theirs: nothing changes.
    const theirs = await upload(tokens.otherSteward)
    const notice = await upload(tokens.steward, 'notice')
    await refused(() => api.call('saveStewardProfile', { intro: '换照片', photoId: theirs.id }, tokens.steward), 142, '图片已失效，请重新上传后再提交。')
    await refused(() => api.call('saveStewardProfile', { intro: '换照片', photoId: notice.id }, tokens.steward), 142, '图片已失效，请重新上传后再提交。')
    // Removing the photo.
    await api.ok('saveStewardProfile', { intro: '您好', dutyHours: '工作日晚上', photoId: null }, tokens.steward)
    expect((await api.ok('myHome', {}, tokens.resident)).steward?.photoUrl).toBeNull()
  })

  it('refuses a card over 200 characters, duty hours over 40, and anyone who is not a steward (nothing saved)', async () => {
    await refused(() => api.call('saveStewardProfile', { intro: '好'.repeat(201) }, tokens.steward), 142, '简介最多200个字。')
    await refused(() => api.call('saveStewardProfile', { dutyHours: '时'.repeat(41) }, tokens.steward), 142, '值守时间最多40个字。')
    await refused(() => api.call('saveStewardProfile', { intro: '我来当红管家' }, tokens.resident), 119, '只有楼道红管家可以编辑红管家名片。')
    expect(failure(await api.call('myStewardProfile', {}, tokens.communityStaff)).code).toBe(119)
  })

  it('no class of this feature can be read or written over REST', async () => {
    for (const path of ['/classes/StewardAssignment', '/classes/StewardProfile', '/classes/HelpRequest', '/classes/HelpEvent']) {
      for (const token of [tokens.resident, tokens.steward, tokens.communityStaff]) {
        const err = failure(await api.rest('GET', path, { token }))
        expect([101, 119]).toContain(err.code)
      }
      const table = path.split('/')[2]
      const before = await db.count(table)
      // Refused by the class permissions (119) or, before them, by a missing required field (142): never saved.
      expect([119, 142]).toContain(failure(await api.rest('POST', path, { token: tokens.steward, body: { intro: 'x' } })).code)
      expect(await db.count(table)).toBe(before)
    }
  })
})
