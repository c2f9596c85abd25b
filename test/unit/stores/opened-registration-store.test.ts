/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { registrationRepository } from '@/features/registration/registration-repository'
import { OpenedRegistrationStore } from '@/features/registration/stores/opened-registration-store'
import type { RegistrationView } from '@contract/domain'
import { aRegistration } from '../support/fixtures'
import { deferred } from '../support/deferred'
import { strictConsole } from '../support/strict'

strictConsole()

const NOW = new Date('2026-11-26T04:00:00.000Z')

const opening = () => new FakeApi().on('openRegistration', ({ registrationId }) => ({ registration: aRegistration({ id: registrationId, name: '李四' }) }))

function setup(api: FakeApi = opening()) {
  const platform = new FakePlatform()
  const reviewed = jest.fn()
  // A lapsed session is noticed by the port; the root store then resets the review state.
  const expired = jest.fn((): void => store.reset())
  const store: OpenedRegistrationStore = new OpenedRegistrationStore(registrationRepository(withSessionExpiry(api, expired)), platform, { onReviewed: reviewed, now: () => NOW })
  return { api, store, platform, reviewed, expired }
}

const calls = (api: FakeApi, name: string) => api.calls.filter((c) => c.name === name).map((c) => c.params)

describe('OpenedRegistrationStore: opening by id', () => {
  it('loads the registration in full through openRegistration, without the queue (a reload or a shared link)', async () => {
    const { api, store } = setup()

    await store.open('r7')

    expect(calls(api, 'openRegistration')).toEqual([{ registrationId: 'r7' }])
    expect(calls(api, 'listRegistrations')).toEqual([])
    expect(store.status).toBe('ready')
    expect(store.registration).toMatchObject({ id: 'r7', name: '李四', phone: '13900000003', household: [{ relation: '配偶' }] })
  })

  it.each([
    [101, '没有找到这份登记，请刷新列表。', 'notFound'],
    [119, '您只能查看本社区居民的登记。', 'refused'],
    [100, '网络不可用，请检查网络后重试。', 'error'],
  ] as const)('a %i answer leaves it %s with the server’s sentence', async (code, message, status) => {
    const { store } = setup(new FakeApi().failWith('openRegistration', code, message))
    await store.open('r1')
    expect(store.status).toBe(status)
    expect(store.error).toBe(message)
    expect(store.registration).toBeNull()
  })

  it('keeps only the registration opened last when answers cross', async () => {
    const slow = deferred<{ registration: RegistrationView }>()
    const api = new FakeApi().on('openRegistration', ({ registrationId }) => (registrationId === 'r1' ? slow.promise : { registration: aRegistration({ id: 'r2' }) }))
    const { store } = setup(api)

    const first = store.open('r1')
    await store.open('r2')
    slow.resolve({ registration: aRegistration({ id: 'r1' }) })
    await first

    expect(store.registration?.id).toBe('r2')
  })

  it('signs out when the session has lapsed', async () => {
    const { store, expired } = setup(new FakeApi().failWith('openRegistration', 209, '登录已过期，请重新登录。'))
    await store.open('r1')
    expect(expired).toHaveBeenCalledTimes(1)
    expect(store.status).toBe('idle')
  })
})

describe('OpenedRegistrationStore: deciding', () => {
  async function opened(api: FakeApi) {
    api.on('openRegistration', ({ registrationId }) => ({ registration: aRegistration({ id: registrationId }) }))
    const s = setup(api)
    await s.store.open('r1')
    return s
  }

  it('approves, tells the queue, and says so', async () => {
    const { api, store, platform, reviewed } = await opened(new FakeApi().on('reviewResidentRegistration', () => ({ status: 'approved' })))

    await expect(store.approve()).resolves.toBe(true)

    expect(calls(api, 'reviewResidentRegistration')).toEqual([{ registrationId: 'r1', approve: true }])
    expect(store.registration).toMatchObject({ status: 'approved', reviewedAt: NOW.toISOString() })
    expect(reviewed).toHaveBeenCalledWith('r1', 'approved')
    expect(platform.toasts).toEqual(['已通过'])
  })

  it('will not reject without a reason, and sends the reason it is given', async () => {
    const { api, store } = await opened(new FakeApi().on('reviewResidentRegistration', () => ({ status: 'rejected' })))

    await expect(store.reject()).resolves.toBe(false)
    expect(store.reasonError).toBe('驳回时请写明原因，方便居民修改。')
    expect(calls(api, 'reviewResidentRegistration')).toEqual([])

    store.setReason('  房号与房产信息不符  ')
    expect(store.reasonError).toBeNull()
    await expect(store.reject()).resolves.toBe(true)

    expect(calls(api, 'reviewResidentRegistration')).toEqual([{ registrationId: 'r1', approve: false, reason: '房号与房产信息不符' }])
    expect(store.registration?.reason).toBe('房号与房产信息不符')
  })

  it("shows the server's refusal and changes nothing", async () => {
    const { store, reviewed } = await opened(new FakeApi().failWith('reviewResidentRegistration', 119, '您只能审核本社区居民的登记。'))

    await expect(store.approve()).resolves.toBe(false)

    expect(store.actionError).toBe('您只能审核本社区居民的登记。')
    expect(store.registration?.status).toBe('pending')
    expect(store.acting).toBeNull()
    expect(reviewed).not.toHaveBeenCalled()
  })

  it('does not decide twice on one registration', async () => {
    const answer = deferred<{ status: 'approved' }>()
    const { api, store } = await opened(new FakeApi().on('reviewResidentRegistration', () => answer.promise))

    const first = store.approve()
    await expect(store.approve()).resolves.toBe(false)
    answer.resolve({ status: 'approved' })
    await first

    expect(calls(api, 'reviewResidentRegistration')).toHaveLength(1)
    await expect(store.reject()).resolves.toBe(false)
  })
})

describe('OpenedRegistrationStore: the profile an approval made', () => {
  it('opens the resident’s full profile through viewResidentProfile, once', async () => {
    const api = new FakeApi()
      .on('openRegistration', () => ({ registration: aRegistration({ id: 'r1', status: 'approved', residentId: 'res-1' }) }))
      .on('viewResidentProfile', ({ residentId }) => ({ profile: aRegistration({ id: residentId, status: 'approved', room: '2单元502' }) }))
    const { store } = setup(api)
    await store.open('r1')

    await Promise.all([store.openProfile(), store.openProfile()])

    expect(calls(api, 'viewResidentProfile')).toEqual([{ residentId: 'res-1' }])
    expect(store.profile?.room).toBe('2单元502')
    await store.open('r2')
    expect(store.profile).toBeNull()
  })

  it('has nothing to open before approval', async () => {
    const { api, store } = setup()
    await store.open('r1')
    await store.openProfile()
    expect(calls(api, 'viewResidentProfile')).toEqual([])
  })
})
