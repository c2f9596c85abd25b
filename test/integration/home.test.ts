/** myHome and callContact: what a resident sees of where they live and who looks after it. */
import type { HomeInfo } from '@contract/domain'
import { TestClient, failure } from './support/client'
import { DEMO, startTestServer, type TestServer } from './support/server'

let server: TestServer
let api: TestClient

beforeAll(async () => {
  server = await startTestServer()
  api = new TestClient(server.base)
})
afterAll(() => server?.close())

describe('myHome', () => {
  let home: HomeInfo

  beforeAll(async () => {
    home = await api.ok('myHome', {}, await api.login(DEMO.resident))
  })

  it("shows the resident's street, community, compound, building and room", () => {
    expect(home.street.name).toBe('梧桐街道')
    expect(home.community.name).toBe('杨家门社区')
    expect(home.compound.name).toBeTruthy()
    expect(home.building.name).toBe('1幢')
    expect(home.building.room).toBe('1单元101')
  })

  it("names the building's steward and the micro-grid leader, with phones masked", async () => {
    const steward = await api.ok('me', {}, await api.login(DEMO.steward))
    const leader = await api.ok('me', {}, await api.login(DEMO.gridLeader))
    // The seeded steward's card (help feature) comes with them: duty hours and a short introduction.
    expect(home.steward).toEqual({
      name: steward.displayName,
      maskedPhone: '139****0004',
      buildingId: home.building.id,
      intro: '退休党员，平时在家，代买代办、陪同看病都可以喊我。',
      dutyHours: '工作日 18:00-20:00',
      photoUrl: null,
    })
    expect(home.microGrid?.leader).toEqual({ name: leader.displayName, maskedPhone: '139****0006' })
    expect(home.microGrid?.gridName).toMatch(/网格$/)
    // No full phone of anybody in the reply.
    expect(JSON.stringify(home)).not.toMatch(/1[3-9]\d{9}/)
  })

  it('gives the senior of the same building the same steward', async () => {
    const seniorHome = await api.ok('myHome', {}, await api.login(DEMO.senior))
    expect(seniorHome.steward?.name).toBe(home.steward?.name)
  })

  it('tells a person without a home to register, with 101', async () => {
    const err = failure(await api.call('myHome', {}, await api.login(DEMO.newcomer)))
    expect(err.code).toBe(101)
    expect(err.error).toBe('您还没有绑定住址，请先完成住户登记。')
  })

  it('refuses an anonymous call with 142', async () => {
    const err = failure(await api.call('myHome', {}))
    expect(err.code).toBe(142)
    expect(err.error).toBe('请先登录。')
  })
})

describe('callContact', () => {
  it("gives a resident their own steward's number to dial, and their grid leader's", async () => {
    const token = await api.login(DEMO.resident)
    expect(await api.ok('callContact', { kind: 'steward' }, token)).toEqual({ phone: DEMO.steward })
    expect(await api.ok('callContact', { kind: 'gridLeader' }, token)).toEqual({ phone: DEMO.gridLeader })
  })

  it('refuses an unknown kind with 142 and a Chinese sentence', async () => {
    const err = failure(await api.call('callContact', { kind: 'mayor' }, await api.login(DEMO.resident)))
    expect(err.code).toBe(142)
    expect(err.error).toBe('请选择要联系的人：红管家或微网格长。')
  })

  it('gives nothing to a person without a home', async () => {
    expect(failure(await api.call('callContact', { kind: 'steward' }, await api.login(DEMO.newcomer))).code).toBe(101)
  })

  it('gives nothing anonymously', async () => {
    expect(failure(await api.call('callContact', { kind: 'steward' })).code).toBe(142)
  })
})

describe('health', () => {
  it('answers ok when ready', async () => {
    const res = await fetch(`${server.base}/health`)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})
