/**
 * @jest-environment node
 */
import { FakeApi, FakeNoticeShell, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { defineFeature } from '@/app/feature'
import { RootStore } from '@/app/root-store'
import { noticesFeature } from '@/features/notices'
import { registrationFeature } from '@/features/registration'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aMe, aSummary } from '../support/fixtures'
import { aDetail, aNotice } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

function signedIn(api: FakeApi, noticeShell = new FakeNoticeShell()) {
  const storage = new MemoryStorage()
  storage.set(SESSION_KEY, 'r:kept')
  return new RootStore({ api: api.on('me', () => aMe({ roles: ['communityStaff'] })), storage, platform: new FakePlatform(), noticeShell })
}

describe('the feature registry', () => {
  it("builds a feature's stores the first time they are asked for, and the same ones after", () => {
    const root = signedIn(new FakeApi())
    let built = 0
    const probe = defineFeature({ name: 'probe', routes: {}, create: () => ({ n: ++built }) })
    expect(built).toBe(0)
    const first = root.feature(probe)
    expect(root.feature(probe)).toBe(first)
    expect(built).toBe(1)
  })

  it('resets on sign-out every feature built so far, through its own reset when it has one', async () => {
    const root = signedIn(new FakeApi().on('listRegistrations', () => ({ items: [aSummary()], nextCursor: null })))
    await root.session.restore()
    const resets: string[] = []
    const own = defineFeature({ name: 'own-reset', routes: {}, create: () => ({}), reset: () => resets.push('own') })
    root.feature(own)
    const { review } = root.feature(registrationFeature)
    await review.load()
    expect(review.items).toHaveLength(1)

    await root.signOut()

    expect(review.items).toEqual([])
    expect(resets).toEqual(['own'])
  })

  it("lets a subpackage feature tell the 公告 feed a notice was read, without importing it", async () => {
    const shell = new FakeNoticeShell()
    const api = new FakeApi()
      .on('listMyNotices', () => ({ items: [aNotice('n1'), aNotice('n2')], nextCursor: null }))
      .on('unreadNoticeCount', () => ({ count: 2 }))
      .on('getNotice', () => aDetail('n1'))
      .on('markNoticeRead', () => ({ read: true }))
    const root = signedIn(api, shell)
    await root.session.restore()
    await root.noticeFeed.load()
    expect(shell.badge).toBe(2)

    await root.feature(noticesFeature).detail.open('n1')

    expect(shell.badge).toBe(1)
  })
})
