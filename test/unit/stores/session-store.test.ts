/**
 * @jest-environment node
 */
import { autorun, type IReactionDisposer } from 'mobx'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { ApiError } from '@/adapters/ports'
import { SESSION_KEY, SessionStore } from '@/features/session/stores/session-store'
import { sessionRepository } from '@/features/session/session-repository'
import type { PlatformPort } from '@/adapters/ports'
import { aMe } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { weappPlatform } from '../support/platforms'
import { strictConsole } from '../support/strict'

strictConsole()

class LogoutFailsApi extends FakeApi {
  async logout(): Promise<void> {
    throw new ApiError(100, '网络不可用，请检查网络后重试。')
  }
}

let stopWatching: IReactionDisposer | null = null

function setup(opts: { api?: FakeApi; platform?: PlatformPort; token?: string } = {}) {
  const api = opts.api ?? new FakeApi()
  const storage = new MemoryStorage()
  if (opts.token) storage.set(SESSION_KEY, opts.token)
  const platform = opts.platform ?? new FakePlatform()
  // Wired as RootStore wires it: the port's session guard reports a lapsed session to the store.
  const store: SessionStore = new SessionStore(sessionRepository(withSessionExpiry(api, () => store.sessionExpired())), storage, platform)
  // Observed like a component would, so a change outside an action is reported.
  stopWatching = autorun(() => void [store.status, store.me, store.error, store.isSignedIn, store.roleLabel])
  return { api, storage, platform, store }
}

afterEach(() => {
  stopWatching?.()
  stopWatching = null
})

describe('SessionStore.restore', () => {
  it('is signed out without a kept token, and asks the server nothing', async () => {
    const { api, store } = setup()

    await store.restore()

    expect(store.status).toBe('signedOut')
    expect(store.isSignedIn).toBe(false)
    expect(api.calls).toHaveLength(0)
  })

  it('loads the person with the kept token', async () => {
    const api = new FakeApi().on('me', (_p, token) => aMe({ userId: `user-of-${token}` }))
    const { store } = setup({ api, token: 'r:kept' })

    await store.restore()

    expect(store.status).toBe('signedIn')
    expect(store.isSignedIn).toBe(true)
    expect(store.me?.userId).toBe('user-of-r:kept')
    expect(api.calls.map((c) => [c.name, c.token])).toEqual([['me', 'r:kept']])
  })

  it('shows restoring while the server answers', async () => {
    const answer = deferred<ReturnType<typeof aMe>>()
    const api = new FakeApi().on('me', () => answer.promise)
    const { store } = setup({ api, token: 'r:kept' })

    const restoring = store.restore()
    expect(store.status).toBe('restoring')
    answer.resolve(aMe())
    await restoring

    expect(store.status).toBe('signedIn')
  })

  it('drops a token the server no longer knows', async () => {
    const api = new FakeApi().failWith('me', 209, '登录已过期，请重新登录。')
    const { store, storage } = setup({ api, token: 'r:stale' })

    await store.restore()

    expect(store.status).toBe('signedOut')
    expect(store.me).toBeNull()
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(api.sessionToken).toBeNull()
  })

  it('keeps the token for a retry when the network is down', async () => {
    const api = new FakeApi().failWith('me', 100, '网络不可用，请检查网络后重试。')
    const { store, storage } = setup({ api, token: 'r:kept' })

    await store.restore()

    expect(store.status).toBe('offline')
    expect(store.isSignedIn).toBe(false)
    expect(store.error).toBe('网络不可用，请检查网络后重试。')
    expect(storage.get(SESSION_KEY)).toBe('r:kept')
  })

  it('signs in with the kept token when restore is retried with the network back', async () => {
    const api = new FakeApi().failWith('me', 100, '网络不可用，请检查网络后重试。')
    const { store } = setup({ api, token: 'r:kept' })
    await store.restore()
    expect(store.status).toBe('offline')

    api.on('me', (_params, token) => aMe({ displayName: token === 'r:kept' ? '邓敏' : '?' }))
    await store.restore()

    expect(store.status).toBe('signedIn')
    expect(store.me?.displayName).toBe('邓敏')
  })
})

describe('SessionStore.signInDemo', () => {
  it('rejects a bad phone without calling the server', async () => {
    const { api, store } = setup()

    const ok = await store.signInDemo('1390000')

    expect(ok).toBe(false)
    expect(store.error).toBe('请输入11位手机号。')
    expect(api.calls).toHaveLength(0)
    expect(store.status).not.toBe('signedIn')
  })

  it('stores the token under SESSION_KEY and loads the person', async () => {
    const api = new FakeApi()
      .on('demoLogin', ({ phone }) => ({ sessionToken: `r:${phone}` }))
      .on('me', (_p, token) => aMe({ userId: `user-of-${token}`, roles: ['resident', 'steward'] }))
    const { store, storage } = setup({ api })

    const ok = await store.signInDemo('139 0000-0001')

    expect(ok).toBe(true)
    expect(storage.get(SESSION_KEY)).toBe('r:13900000001')
    expect(store.status).toBe('signedIn')
    expect(store.me?.userId).toBe('user-of-r:13900000001')
    expect(store.roleLabel).toBe('楼道红管家')
    expect(store.error).toBeNull()
    // The phone is sent as digits only, and `me` is asked with the new session.
    expect(api.calls.map((c) => [c.name, c.params, c.token])).toEqual([
      ['demoLogin', { phone: '13900000001' }, null],
      ['me', {}, 'r:13900000001'],
    ])
  })

  it('shows signing in while waiting', async () => {
    const token = deferred<{ sessionToken: string }>()
    const api = new FakeApi().on('demoLogin', () => token.promise).on('me', () => aMe())
    const { store } = setup({ api })

    const signingIn = store.signInDemo('13900000001')
    expect(store.status).toBe('signingIn')
    token.resolve({ sessionToken: 'r:1' })

    await expect(signingIn).resolves.toBe(true)
  })

  it("stays signed out with the server's message when the server refuses", async () => {
    const api = new FakeApi().failWith('demoLogin', 141, '该手机号不是演示账号。')
    const { store, storage } = setup({ api })

    const ok = await store.signInDemo('13900000099')

    expect(ok).toBe(false)
    expect(store.status).toBe('signedOut')
    expect(store.error).toBe('该手机号不是演示账号。')
    expect(store.me).toBeNull()
    expect(storage.get(SESSION_KEY)).toBeNull()
  })

  it('keeps no half session when the person cannot be loaded', async () => {
    const api = new FakeApi().on('demoLogin', () => ({ sessionToken: 'r:half' })).failWith('me', 100, '网络不可用，请检查网络后重试。')
    const { store, storage } = setup({ api })

    const ok = await store.signInDemo('13900000001')

    expect(ok).toBe(false)
    expect(store.status).toBe('signedOut')
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(api.sessionToken).toBeNull()
  })

  it('clears the last error when trying again', async () => {
    const api = new FakeApi().on('demoLogin', () => ({ sessionToken: 'r:1' })).on('me', () => aMe())
    const { store } = setup({ api })
    await store.signInDemo('123')
    expect(store.error).not.toBeNull()

    await store.signInDemo('13900000001')

    expect(store.error).toBeNull()
  })
})

describe('SessionStore.signInWechat', () => {
  it('exchanges the WeChat login code for a session', async () => {
    const platform = weappPlatform()
    platform.base.loginCode = 'wx-code-1'
    const api = new FakeApi().on('wechatLogin', ({ code }) => ({ sessionToken: `r:${code}`, isNew: false })).on('me', () => aMe())
    const { store, storage } = setup({ api, platform })

    expect(store.canUseWechat).toBe(true)
    await expect(store.signInWechat()).resolves.toBe(true)

    expect(storage.get(SESSION_KEY)).toBe('r:wx-code-1')
    expect(store.status).toBe('signedIn')
  })

  it('is not offered, and fails in Chinese, where there is no WeChat', async () => {
    const { store, api } = setup()

    expect(store.canUseWechat).toBe(false)
    await expect(store.signInWechat()).resolves.toBe(false)

    expect(store.status).toBe('signedOut')
    expect(store.error).toMatch(/[\u4e00-\u9fa5]/)
    expect(api.calls).toHaveLength(0)
  })
})

describe('SessionStore.signOut', () => {
  async function signedIn(api: FakeApi) {
    api.on('demoLogin', () => ({ sessionToken: 'r:1' })).on('me', () => aMe())
    const ctx = setup({ api })
    await ctx.store.signInDemo('13900000001')
    expect(ctx.store.isSignedIn).toBe(true)
    return ctx
  }

  it('ends the session on the server and on the device', async () => {
    const { api, store, storage } = await signedIn(new FakeApi())

    await store.signOut()

    expect(api.loggedOut).toBe(1)
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(store.status).toBe('signedOut')
    expect(store.me).toBeNull()
  })

  it('clears the device even when the server cannot be told', async () => {
    const { api, store, storage } = await signedIn(new LogoutFailsApi())

    await expect(store.signOut()).resolves.toBeUndefined()

    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(api.sessionToken).toBeNull()
    expect(store.status).toBe('signedOut')
    expect(store.me).toBeNull()
  })
})

describe('SessionStore.sessionExpired', () => {
  it('signs out and says why', async () => {
    const api = new FakeApi().on('me', () => aMe())
    const { store, storage } = setup({ api, token: 'r:kept' })
    await store.restore()

    store.sessionExpired()

    expect(store.status).toBe('signedOut')
    expect(store.me).toBeNull()
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(store.error).toMatch(/^登录已过期/)
  })
})

describe('SessionStore.roleLabel', () => {
  it('is the visitor label before anyone signs in', () => {
    const { store } = setup()
    expect(store.roleLabel).toBe('访客')
  })

  it("follows the person's most responsible role", async () => {
    const api = new FakeApi().on('me', () => aMe({ roles: ['resident', 'gridLeader', 'steward'] }))
    const { store } = setup({ api, token: 'r:kept' })

    await store.restore()

    expect(store.roleLabel).toBe('微网格长')
  })
})

describe('SessionStore: where staff work', () => {
  it('gives community staff their communities from me, and tells street staff by their role', async () => {
    const yangjiamen = { id: 'c1', name: '杨家门社区' }
    const api = new FakeApi().on('me', () => aMe({ roles: ['communityStaff'], staffCommunities: [yangjiamen] }))
    const { store } = setup({ api, token: 'r:kept' })
    expect([store.isStaff, store.isStreetStaff, store.staffCommunities]).toEqual([false, false, []])
    await store.restore()
    expect([store.isCommunityStaff, store.isStreetStaff, store.staffCommunities]).toEqual([true, false, [yangjiamen]])

    api.on('me', () => aMe({ roles: ['streetStaff'] }))
    await store.reloadMe()
    expect([store.isStaff, store.isStreetStaff, store.staffCommunities]).toEqual([true, true, []])
  })
})
