/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { guideFeature } from '@/features/guide'
import { registrationFeature } from '@/features/registration'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aHome, aMe, aRegistration, aSummary, withPlaces } from '../support/fixtures'
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
    const api = new FakeApi().on('me', () => aMe({ roles: ['communityStaff'] })).on('listRegistrations', () => ({ items: [aSummary()], nextCursor: null }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform() })
    await root.session.restore()
    expect(root.session.isStaff).toBe(true)
    await root.feature(registrationFeature).review.load()
    expect(root.feature(registrationFeature).review.items).toHaveLength(1)

    await root.signOut()

    expect(root.feature(registrationFeature).review.items).toEqual([])
    expect(root.feature(registrationFeature).review.status).toBe('idle')
    expect(root.session.isStaff).toBe(false)
  })

  it("opens a community staff member's queue and guide editor on their community; street staff choose", async () => {
    const yangjiamen = { id: 'c1', name: '杨家门社区' }
    let me = aMe({ roles: ['communityStaff'], staffCommunities: [yangjiamen] })
    const api = withPlaces(new FakeApi())
      .on('me', () => me)
      .on('listRegistrations', () => ({ items: [], nextCursor: null }))
      .on('listGuideItems', () => ({ items: [] }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform() })
    await root.session.restore()

    await root.feature(registrationFeature).review.openQueue()
    await root.feature(guideFeature).edit.open()

    expect(root.feature(registrationFeature).review.ownCommunity).toEqual(yangjiamen)
    expect(root.feature(registrationFeature).review.places.community).toEqual(yangjiamen)
    expect(root.feature(guideFeature).edit.community).toEqual(yangjiamen)
    expect(api.calls.filter((c) => c.name === 'listGuideItems').map((c) => c.params)).toEqual([{ communityId: 'c1' }])

    await root.signOut()
    me = aMe({ roles: ['streetStaff'] })
    storage.set(SESSION_KEY, 'r:street')
    await root.session.restore()
    await root.feature(registrationFeature).review.openQueue()
    await new Promise((r) => setTimeout(r, 0))

    expect(root.session.isStreetStaff).toBe(true)
    expect(root.feature(registrationFeature).review.ownCommunity).toBeNull()
    expect(root.feature(registrationFeature).review.places.community).toBeNull()
    expect(root.feature(registrationFeature).review.places.communities.map((c) => c.name)).toEqual(['杨家门社区', '东兴社区'])
  })
})
