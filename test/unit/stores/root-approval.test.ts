/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aHome, aMe, aRegistration } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

describe('RootStore: a registration approved meanwhile', () => {
  it('asks again who the person is and reloads their home, now bound to the building', async () => {
    let approved = false
    const api = new FakeApi()
      .on('me', () => aMe({ hasHome: approved, roles: approved ? ['resident'] : [] }))
      .on('myHome', () => aHome())
      .on('myRegistration', () => ({ registration: aRegistration({ status: approved ? 'approved' : 'pending' }) }))
    api.failWith('myHome', 101, '您还没有登记住址。')
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform() })
    await root.session.restore()
    await root.home.load()
    await root.registration.loadMine()
    expect(root.home.status).toBe('noHome')
    expect(root.registration.awaiting?.status).toBe('pending')

    approved = true
    api.on('myHome', () => aHome())
    await root.registration.loadMine()
    await new Promise((r) => setTimeout(r, 0))

    expect(root.session.me?.hasHome).toBe(true)
    expect(root.session.me?.roles).toEqual(['resident'])
    // Reset to idle: the home page loads it again as soon as it sees that.
    expect(root.home.status).toBe('idle')
    expect(root.registration.awaiting).toBeNull()
  })

  it('gives every store a clean slate on sign-out', async () => {
    const api = new FakeApi().on('me', () => aMe({ roles: ['communityStaff'] })).on('listRegistrations', () => ({ items: [aRegistration()], nextCursor: null }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform() })
    await root.session.restore()
    expect(root.session.isStaff).toBe(true)
    await root.review.load()
    expect(root.review.items).toHaveLength(1)

    await root.signOut()

    expect(root.review.items).toEqual([])
    expect(root.review.status).toBe('idle')
    expect(root.session.isStaff).toBe(false)
  })
})
