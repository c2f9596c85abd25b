/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aHome, aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

async function signedInWithHome() {
  const api = new FakeApi()
    .on('demoLogin', () => ({ sessionToken: 'r:1' }))
    .on('me', () => aMe())
    .on('myHome', () => aHome())
  const storage = new MemoryStorage()
  const root = new RootStore({ api, storage, platform: new FakePlatform() })
  await root.session.signInDemo('13900000001')
  await root.home.load()
  expect(root.home.status).toBe('ready')
  return { api, storage, root }
}

describe('RootStore', () => {
  it("signs out and forgets the person's home", async () => {
    const { api, storage, root } = await signedInWithHome()

    await root.signOut()

    expect(api.loggedOut).toBe(1)
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(root.session.isSignedIn).toBe(false)
    expect(root.home.home).toBeNull()
    expect(root.home.status).toBe('idle')
  })

  it('signs the person out when the home request finds the session expired', async () => {
    const { api, storage, root } = await signedInWithHome()

    api.failWith('myHome', 209, '登录已过期，请重新登录。')
    await root.home.refresh()

    expect(root.session.status).toBe('signedOut')
    expect(root.session.error).toMatch(/^登录已过期/)
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(api.sessionToken).toBeNull()
    expect(root.home.home).toBeNull()
  })
})
