/**
 * @jest-environment node
 */
import { autorun, type IReactionDisposer } from 'mobx'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { ApiError } from '@/adapters/ports'
import type { PlatformPort } from '@/adapters/ports'
import { homeRepository } from '@/features/home/home-repository'
import { HomeStore } from '@/features/home/stores/home-store'
import type { HomeInfo } from '@contract/domain'
import { LEADER_PHONE, STEWARD_PHONE, aHome } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { cancellingDialler } from '../support/platforms'
import { strictConsole } from '../support/strict'

strictConsole()

let stopWatching: IReactionDisposer | null = null

function setup(api: FakeApi, platform: PlatformPort = new FakePlatform()) {
  // A lapsed session is noticed by the port; the root store then resets home.
  const expired = jest.fn((): void => store.reset())
  const store: HomeStore = new HomeStore(homeRepository(withSessionExpiry(api, expired)), platform)
  stopWatching = autorun(() => void [store.status, store.home, store.error, store.refreshing, store.calling, store.addressLine])
  return { store, expired }
}

afterEach(() => {
  stopWatching?.()
  stopWatching = null
})

function withContacts(api: FakeApi): FakeApi {
  return api.on('callContact', ({ kind }) => ({ phone: kind === 'steward' ? STEWARD_PHONE : LEADER_PHONE }))
}

describe('HomeStore.load', () => {
  it('shows loading, then the home', async () => {
    const answer = deferred<HomeInfo>()
    const { store } = setup(new FakeApi().on('myHome', () => answer.promise))
    expect(store.status).toBe('idle')

    const loading = store.load()
    expect(store.status).toBe('loading')
    answer.resolve(aHome())
    await loading

    expect(store.status).toBe('ready')
    expect(store.home?.steward?.name).toBe('王红梅')
    expect(store.error).toBeNull()
  })

  it('asks the server once when loaded twice at the same time', async () => {
    const api = new FakeApi().on('myHome', () => aHome())
    const { store } = setup(api)

    await Promise.all([store.load(), store.load()])

    expect(api.calls.filter((c) => c.name === 'myHome')).toHaveLength(1)
  })

  it('writes the address line from community down to the room', async () => {
    const { store } = setup(new FakeApi().on('myHome', () => aHome()))
    expect(store.addressLine).toBe('')

    await store.load()

    expect(store.addressLine).toBe('杨家门社区 · 杨柳郡 · 3幢 1单元101室')
  })

  it('leaves the room out of the address line when it is not known', async () => {
    const home = aHome()
    const { store } = setup(new FakeApi().on('myHome', () => ({ ...home, building: { ...home.building, room: null } })))

    await store.load()

    expect(store.addressLine).toBe('杨家门社区 · 杨柳郡 · 3幢')
  })

  it('knows a resident without a registered home (101)', async () => {
    const { store, expired } = setup(new FakeApi().failWith('myHome', 101, '您还没有登记住址。'))

    await store.load()

    expect(store.status).toBe('noHome')
    expect(store.home).toBeNull()
    expect(store.error).toBe('您还没有登记住址。')
    expect(expired).not.toHaveBeenCalled()
  })

  it('shows an error with the message when nothing is on screen', async () => {
    const { store } = setup(new FakeApi().failWith('myHome', 100, '网络不可用，请检查网络后重试。'))

    await store.load()

    expect(store.status).toBe('error')
    expect(store.error).toBe('网络不可用，请检查网络后重试。')
  })

  it('says something Chinese for an unexpected failure', async () => {
    const api = new FakeApi().on('myHome', () => {
      throw new TypeError('Cannot read properties of undefined')
    })
    const { store } = setup(api)

    await store.load()

    expect(store.status).toBe('error')
    expect(store.error).toMatch(/[\u4e00-\u9fa5]/)
    expect(store.error).not.toContain('undefined')
  })

  it('recovers from an error on the next load', async () => {
    const api = new FakeApi().failWith('myHome', 100, '网络不可用，请检查网络后重试。')
    const { store } = setup(api)
    await store.load()
    expect(store.status).toBe('error')

    api.on('myHome', () => aHome())
    await store.load()

    expect(store.status).toBe('ready')
    expect(store.error).toBeNull()
  })

  it('signs the person out when the session has expired (209)', async () => {
    const api = new FakeApi().on('myHome', () => aHome())
    const { store, expired } = setup(api)
    await store.load()

    api.failWith('myHome', 209, '登录已过期，请重新登录。')
    await store.refresh()

    expect(expired).toHaveBeenCalledTimes(1)
    expect(store.home).toBeNull()
    expect(store.status).toBe('idle')
  })
})

describe('HomeStore.refresh', () => {
  it('keeps the home on screen while it reloads, with the refreshing flag up', async () => {
    const api = new FakeApi().on('myHome', () => aHome())
    const { store } = setup(api)
    await store.load()
    const answer = deferred<HomeInfo>()
    api.on('myHome', () => answer.promise)

    const refreshing = store.refresh()
    expect(store.refreshing).toBe(true)
    expect(store.status).toBe('ready')
    expect(store.home).not.toBeNull()
    answer.resolve(aHome({ compound: { id: 'p2', name: '新小区' } }))
    await refreshing

    expect(store.refreshing).toBe(false)
    expect(store.home?.compound.name).toBe('新小区')
  })

  it('keeps the data on screen when the refresh fails, and says why', async () => {
    const api = new FakeApi().on('myHome', () => aHome())
    const { store } = setup(api)
    await store.load()

    api.failWith('myHome', 100, '网络不可用，请检查网络后重试。')
    await store.refresh()

    expect(store.status).toBe('ready')
    expect(store.home?.steward?.name).toBe('王红梅')
    expect(store.error).toBe('网络不可用，请检查网络后重试。')
    expect(store.refreshing).toBe(false)
  })
})

describe('HomeStore.call', () => {
  it("dials the steward's number from the server", async () => {
    const api = withContacts(new FakeApi())
    const platform = new FakePlatform()
    const { store } = setup(api, platform)

    await store.call('steward')

    expect(api.calls.map((c) => [c.name, c.params])).toEqual([['callContact', { kind: 'steward' }]])
    expect(platform.dialled).toEqual([STEWARD_PHONE])
    expect(platform.toasts).toEqual([])
  })

  it('dials the grid leader for gridLeader', async () => {
    const platform = new FakePlatform()
    const { store } = setup(withContacts(new FakeApi()), platform)

    await store.call('gridLeader')

    expect(platform.dialled).toEqual([LEADER_PHONE])
  })

  it('marks who is being called, and ignores another tap meanwhile', async () => {
    const answer = deferred<{ phone: string }>()
    const api = new FakeApi().on('callContact', () => answer.promise)
    const platform = new FakePlatform()
    const { store } = setup(api, platform)

    const first = store.call('steward')
    expect(store.calling).toBe('steward')
    await store.call('gridLeader')
    answer.resolve({ phone: STEWARD_PHONE })
    await first

    expect(store.calling).toBeNull()
    expect(api.calls).toHaveLength(1)
    expect(platform.dialled).toEqual([STEWARD_PHONE])
  })

  it("toasts the server's Chinese message when the number cannot be had", async () => {
    const platform = new FakePlatform()
    const { store } = setup(new FakeApi().failWith('callContact', 101, '您的楼栋暂时没有红管家。'), platform)

    await store.call('steward')

    expect(platform.toasts).toEqual(['您的楼栋暂时没有红管家。'])
    expect(platform.dialled).toEqual([])
    expect(store.calling).toBeNull()
  })

  it('says nothing when the person cancels the dial', async () => {
    const platform = cancellingDialler()
    const { store } = setup(withContacts(new FakeApi()), platform)

    await store.call('steward')

    expect(platform.base.toasts).toEqual([])
    expect(store.calling).toBeNull()
  })
})

describe('HomeStore.reset', () => {
  it('forgets the home', async () => {
    const { store } = setup(new FakeApi().on('myHome', () => aHome()))
    await store.load()

    store.reset()

    expect(store.home).toBeNull()
    expect(store.status).toBe('idle')
    expect(store.addressLine).toBe('')
  })
})

describe('HomeStore.reset during a request', () => {
  it("drops an answer that arrives after sign-out: the previous person's home never comes back", async () => {
    const answer = deferred<HomeInfo>()
    const { store } = setup(new FakeApi().on('myHome', () => answer.promise))

    const loading = store.load()
    store.reset()
    answer.resolve(aHome())
    await loading

    expect(store.home).toBeNull()
    expect(store.status).toBe('idle')
  })

  it('drops a late failure too, and a new load after reset asks again', async () => {
    const first = deferred<HomeInfo>()
    const api = new FakeApi().on('myHome', () => first.promise)
    const { store } = setup(api)

    const loading = store.load()
    store.reset()
    first.reject(new ApiError(500, '服务暂时不可用'))
    await loading
    expect(store.status).toBe('idle')
    expect(store.error).toBeNull()

    api.on('myHome', () => aHome())
    await store.load()
    expect(store.status).toBe('ready')
    expect(api.calls.filter((c) => c.name === 'myHome')).toHaveLength(2)
  })

  it('clears the calling and refreshing flags', async () => {
    const never = deferred<HomeInfo>()
    const { store } = setup(new FakeApi().on('myHome', () => never.promise))
    void store.refresh()
    expect(store.refreshing).toBe(true)
    store.reset()
    expect(store.refreshing).toBe(false)
    expect(store.calling).toBeNull()
  })
})
