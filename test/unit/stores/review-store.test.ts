/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { registrationRepository } from '@/features/registration/registration-repository'
import { RegisterForStore } from '@/features/registration/stores/register-for-store'
import { ReviewStore, type StaffScope } from '@/features/registration/stores/review-store'
import type { CloudParams } from '@contract/api'
import type { RegistrationSummary } from '@contract/domain'
import { aRegistration, aSummary, withPlaces } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { strictConsole } from '../support/strict'

strictConsole()

const NOW = new Date('2026-11-26T04:00:00.000Z')
const settle = () => new Promise((r) => setTimeout(r, 0))

const queue = [
  aSummary({ id: 'r1', name: '李四' }),
  aSummary({ id: 'r2', name: '王五', compound: { id: 'p2', name: '梧桐苑' } }),
  aSummary({ id: 'r3', name: '赵六', status: 'approved' }),
]

/** withQueue: answer listRegistrations from `queue` (a test that scripts its own answers passes false). */
function setup(api: FakeApi = withPlaces(new FakeApi()), withQueue = true, scope: StaffScope = { communities: [], street: true }) {
  const listed: Array<CloudParams<'listRegistrations'>> = []
  if (withQueue)
    api.on('listRegistrations', (params) => {
      listed.push(params)
      const items = queue.filter((r) => !params.status || r.status === params.status)
      return params.cursor ? { items: [aSummary({ id: 'r9', name: '孙七' })], nextCursor: null } : { items, nextCursor: 'c2' }
    })
  const platform = new FakePlatform()
  const expired = jest.fn((): void => store.reset())
  const store: ReviewStore = new ReviewStore(registrationRepository(withSessionExpiry(api, expired)), platform, () => NOW, () => scope)
  return { api, store, listed, platform, expired }
}

describe('ReviewStore: the queue', () => {
  it('opens on the registrations waiting for review, with the communities to filter by', async () => {
    const { store, listed } = setup()

    await store.openQueue()
    await settle()

    expect(listed).toEqual([{ status: 'pending', limit: 20 }])
    expect(store.visible.map((r) => r.name)).toEqual(['李四', '王五'])
    expect(store.places.communities).toHaveLength(2)
  })

  it('filters by status, compound and date, asking the server with each filter', async () => {
    const { store, listed } = setup()
    await store.openQueue()
    await settle()

    store.setStatusFilter('all')
    store.pickCommunity('c1')
    await settle()
    store.pickCompound('p1')
    store.setDates('2026-11-01', '2026-11-30')
    await settle()

    expect(listed[listed.length - 1]).toEqual({ compoundId: 'p1', from: '2026-11-01', to: '2026-11-30', limit: 20 })
    store.pickCompound(null)
    await settle()
    expect(listed[listed.length - 1]).toEqual({ from: '2026-11-01', to: '2026-11-30', limit: 20 })
  })

  it('keeps only the answer to the latest filter when answers cross', async () => {
    const api = withPlaces(new FakeApi())
    const slow = deferred<{ items: RegistrationSummary[]; nextCursor: string | null }>()
    api.on('listRegistrations', (params) => (params.status === 'pending' ? slow.promise : { items: [queue[2]!], nextCursor: null }))
    const { store } = setup(api, false)

    const first = store.load()
    store.setStatusFilter('approved')
    await settle()
    slow.resolve({ items: [queue[0]!], nextCursor: null })
    await first

    expect(store.items.map((r) => r.id)).toEqual(['r3'])
  })

  it('loads the next page once, without duplicates', async () => {
    const { store, listed } = setup()
    await store.load()

    await Promise.all([store.loadMore(), store.loadMore()])

    expect(listed.filter((p) => p.cursor)).toEqual([{ status: 'pending', cursor: 'c2', limit: 20 }])
    expect(store.items.map((r) => r.id)).toEqual(['r1', 'r2', 'r9'])
    expect(store.nextCursor).toBeNull()
  })

  it('shows an error over an empty queue and keeps a loaded one when a refresh fails', async () => {
    const api = withPlaces(new FakeApi()).failWith('listRegistrations', 100, '网络不可用，请检查网络后重试。')
    const { store } = setup(api, false)
    await store.load()
    expect(store.status).toBe('error')

    api.on('listRegistrations', () => ({ items: queue, nextCursor: null }))
    await store.refresh()
    api.failWith('listRegistrations', 100, '网络不可用，请检查网络后重试。')
    await store.refresh()

    expect(store.status).toBe('ready')
    expect(store.items).toHaveLength(3)
    expect(store.error).toBe('网络不可用，请检查网络后重试。')
  })
  it('a decision on the opened registration updates its row, which leaves the 待审核 list', async () => {
    const { api, store } = setup()
    api.on('openRegistration', ({ registrationId }) => ({ registration: aRegistration({ id: registrationId }) }))
    api.on('reviewResidentRegistration', () => ({ status: 'approved' }))
    await store.load()
    await store.opened.open('r1')

    await store.opened.approve()

    expect(store.items.find((r) => r.id === 'r1')?.status).toBe('approved')
    expect(store.visible.map((r) => r.id)).toEqual(['r2'])
  })
})

describe('ReviewStore: the staff member’s own community', () => {
  const yangjiamen = { id: 'c1', name: '杨家门社区' }
  const dongxing = { id: 'c2', name: '东兴社区' }
  const allCommunitiesAsked = (api: FakeApi) => api.calls.filter((c) => c.name === 'placeOptions' && !(c.params as { communityId?: string }).communityId)

  it('chooses the one community a community staff member works for, and offers its compounds', async () => {
    const { api, store, listed } = setup(undefined, true, { communities: [yangjiamen], street: false })

    await store.openQueue()
    await settle()

    expect(store.ownCommunity).toEqual(yangjiamen)
    expect(store.places.community).toEqual(yangjiamen)
    expect(store.places.communities).toEqual([yangjiamen])
    expect(store.places.compounds.map((c) => c.name)).toEqual(['杨柳郡', '梧桐苑'])
    expect(allCommunitiesAsked(api)).toEqual([])
    expect(listed).toEqual([{ status: 'pending', limit: 20 }])
  })

  it('offers staff of several communities theirs only, to choose from', async () => {
    const { api, store } = setup(undefined, true, { communities: [yangjiamen, dongxing], street: false })
    await store.openQueue()
    await settle()

    expect(store.ownCommunity).toBeNull()
    expect(store.places.community).toBeNull()
    expect(store.places.communities).toEqual([yangjiamen, dongxing])
    expect(allCommunitiesAsked(api)).toEqual([])
  })

  it('offers street staff every community, and the next person after a sign-out their own', async () => {
    const { api, store } = setup(undefined, true, { communities: [], street: true })
    await store.openQueue()
    await settle()
    expect(store.ownCommunity).toBeNull()
    expect(store.places.communities).toHaveLength(2)
    expect(allCommunitiesAsked(api)).toHaveLength(1)

    store.reset()
    expect(store.places.communities).toEqual([])
  })
})

describe('RegisterForStore: staff registering a resident in person', () => {
  it('uses the same rules, registers on behalf with consent, keeps no draft and starts afresh', async () => {
    const api = withPlaces(new FakeApi()).on('registerOnBehalf', () => ({ registrationId: 'reg-5', residentId: 'res-5' }))
    const platform = new FakePlatform()
    const store = new RegisterForStore(registrationRepository(api), platform, () => NOW)
    store.open()
    await settle()

    await expect(store.submit()).resolves.toBe(false)
    expect(store.error).toBe('请填写姓名。')

    const f = store.form
    f.setText('name', '陈阿婆')
    f.setText('phone', '13900000002')
    f.pickCommunity('c1')
    await settle()
    f.pickCompound('p1')
    await settle()
    f.pickBuilding('b1')
    f.pickRoom([1, 0, 1])
    f.setMoveInDate('1990-05-01')
    f.setBirthYear('1948')
    f.setConsent(true)
    await expect(store.submit()).resolves.toBe(true)

    expect(api.calls.find((c) => c.name === 'registerOnBehalf')?.params).toEqual({
      name: '陈阿婆',
      phone: '13900000002',
      buildingId: 'b1',
      room: '2单元102',
      moveInDate: '1990-05-01',
      household: [],
      birthYear: 1948,
      consent: true,
    })
    expect(store.lastRegistered).toBe('陈阿婆')
    expect(store.form.isEmpty).toBe(true)
    expect(platform.toasts).toEqual(['已完成登记'])
  })
})
