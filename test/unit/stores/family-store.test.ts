/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { familyRepository } from '@/features/family/family-repository'
import { ActForStore } from '@/features/family/stores/act-for-store'
import { FamilyStore } from '@/features/family/stores/family-store'
import type { FamilyLinkView } from '@contract/domain'
import { STEWARD_PHONE, aHome } from '../support/fixtures'
import { cancellingDialler } from '../support/platforms'
import { strictConsole } from '../support/strict'

strictConsole()

function link(id: string, status: FamilyLinkView['status'], name: string | null, userId: string | null, extra: Partial<FamilyLinkView> = {}): FamilyLinkView {
  return { id, status, other: { userId, name, maskedPhone: '139****0002' }, createdAt: '2026-11-01T00:00:00.000Z', closedAt: null, closedBy: null, ...extra }
}

/** The server's view of my links; changes apply to it, as the server keeps every link with its state. */
function linksApi(): FakeApi {
  const seniors = [link('l1', 'confirmed', '陈阿婆', 'u-senior'), link('l2', 'pending', null, null)]
  const family = [link('l3', 'pending', '陈小明', 'u-son'), link('l4', 'confirmed', '陈小红', 'u-daughter')]
  const close = (id: string, status: FamilyLinkView['status']) => {
    for (const l of [...seniors, ...family]) if (l.id === id) Object.assign(l, { status, closedAt: '2026-11-21T00:00:00.000Z', closedBy: 'me' })
  }
  return new FakeApi()
    .on('myFamilyLinks', () => ({ seniors: seniors.map((l) => ({ ...l })), family: family.map((l) => ({ ...l })) }))
    .on('actsForMe', () => ({ items: [{ at: '2026-11-20T01:00:00.000Z', actorName: '陈小红', action: '查看了您的住址' }] }))
    .on('answerFamilyLink', ({ linkId, accept }) => {
      const l = family.find((x) => x.id === linkId)
      if (l) l.status = accept ? 'confirmed' : 'declined'
      return { status: accept ? 'confirmed' : 'declined' }
    })
    .on('removeFamilyLink', ({ linkId }) => {
      const l = [...seniors, ...family].find((x) => x.id === linkId)
      close(linkId, l?.status === 'pending' ? (seniors.includes(l) ? 'withdrawn' : 'declined') : 'ended')
      return { removed: true }
    })
}

function setup(api: FakeApi = linksApi(), platform = new FakePlatform()) {
  const expired = jest.fn()
  return { api, platform, expired, store: new FamilyStore(familyRepository(withSessionExpiry(api, expired)), platform) }
}

describe('FamilyStore', () => {
  it('loads both sides of my links and the acts done for me', async () => {
    const { store } = setup()
    await store.load()

    expect(store.status).toBe('ready')
    expect(store.confirmedSeniors.map((l) => l.other.name)).toEqual(['陈阿婆'])
    expect(store.liveSeniors.map((l) => l.id)).toEqual(['l1', 'l2'])
    expect(store.toConfirm.map((l) => l.other.name)).toEqual(['陈小明'])
    expect(store.confirmedFamily.map((l) => l.other.name)).toEqual(['陈小红'])
    expect(store.acts[0]?.actorName).toBe('陈小红')
    expect(store.seniorById('u-senior')?.id).toBe('l1')
    expect(store.seniorById('u-son')).toBeNull()
  })

  it("checks the senior's phone with the shared rule before asking the server", async () => {
    const api = linksApi().on('requestFamilyLink', () => ({ linkId: 'l9', status: 'pending' }))
    const { store, platform } = setup(api)

    store.setPhone('1390000')
    await expect(store.request()).resolves.toBe(false)
    expect(store.phoneError).toBe('请填写长辈的11位手机号。')
    expect(api.calls.some((c) => c.name === 'requestFamilyLink')).toBe(false)

    store.setPhone('139-0000-0002')
    await expect(store.request()).resolves.toBe(true)
    expect(api.calls.find((c) => c.name === 'requestFamilyLink')?.params).toEqual({ seniorPhone: '13900000002' })
    expect(store.phone).toBe('')
    expect(platform.toasts).toEqual(['已发送，请长辈在同心社区里确认'])
  })

  it("shows the server's refusal of a request under the phone", async () => {
    const api = linksApi().failWith('requestFamilyLink', 101, '没有找到使用这个手机号的长辈。')
    const { store } = setup(api)
    store.setPhone('13900000099')

    await store.request()

    expect(store.phoneError).toBe('没有找到使用这个手机号的长辈。')
  })

  it('lets the senior confirm a family member, and either side end a link, keeping it as a closed link', async () => {
    const api = linksApi()
    const { store, platform } = setup(api)
    await store.load()

    await store.answer('l3', true)
    expect(store.confirmedFamily.map((l) => l.id)).toEqual(['l3', 'l4'])
    expect(store.toConfirm).toEqual([])

    await store.remove('l1')
    expect(store.liveSeniors.map((l) => l.id)).toEqual(['l2'])
    expect(store.history.map(({ link: l, side }) => [l.id, l.status, side])).toEqual([['l1', 'ended', 'asker']])
    expect(platform.toasts).toEqual(['已同意', '已解除'])
    expect(api.calls.filter((c) => c.name !== 'myFamilyLinks' && c.name !== 'actsForMe').map((c) => [c.name, c.params])).toEqual([
      ['answerFamilyLink', { linkId: 'l3', accept: true }],
      ['removeFamilyLink', { linkId: 'l1' }],
    ])
  })

  it('shows a request I sent by the phone I typed, and withdrawing it leaves it in the history', async () => {
    const { store, platform } = setup()
    await store.load()
    expect(store.liveSeniors.find((l) => l.id === 'l2')?.other).toEqual({ userId: null, name: null, maskedPhone: '139****0002' })

    await store.remove('l2')

    expect(platform.toasts).toEqual(['已撤回'])
    expect(store.liveSeniors.map((l) => l.id)).toEqual(['l1'])
    expect(store.history.map(({ link: l, side }) => [l.id, l.status, side])).toEqual([['l2', 'withdrawn', 'asker']])
  })

  it('puts withdrawn and declined requests of both sides in the history, latest first', async () => {
    const api = new FakeApi()
      .on('myFamilyLinks', () => ({
        seniors: [link('a', 'declined', null, null, { closedAt: '2026-11-02T00:00:00.000Z', closedBy: 'other' })],
        family: [link('b', 'withdrawn', '陈小明', 'u-son', { closedAt: '2026-11-03T00:00:00.000Z', closedBy: 'other' })],
      }))
      .on('actsForMe', () => ({ items: [] }))
    const { store } = setup(api)
    await store.load()
    expect(store.history.map(({ link: l, side }) => [l.id, side])).toEqual([['b', 'senior'], ['a', 'asker']])
    expect(store.toConfirm).toEqual([])
    expect(store.liveSeniors).toEqual([])
  })

  it('says so when a change fails, and keeps the link', async () => {
    const api = linksApi().failWith('removeFamilyLink', 141, '解除失败，请稍后再试。')
    const { store, platform } = setup(api)
    await store.load()

    await store.remove('l4')

    expect(store.family.map((l) => l.id)).toContain('l4')
    expect(platform.toasts).toEqual(['解除失败，请稍后再试。'])
    expect(store.busyId).toBeNull()
  })
})

describe('ActForStore: acting for a senior', () => {
  function actApi(): FakeApi {
    return new FakeApi()
      .on('myHome', ({ forUserId }) => (forUserId === 'u-senior' ? aHome({ compound: { id: 'p9', name: '长辈的小区' } }) : aHome()))
      .on('callContact', () => ({ phone: STEWARD_PHONE }))
  }

  it("reads the senior's home with forUserId", async () => {
    const api = actApi()
    const store = new ActForStore(familyRepository(api), new FakePlatform())

    await store.open('u-senior', '陈阿婆')

    expect(api.calls.map((c) => [c.name, c.params])).toEqual([['myHome', { forUserId: 'u-senior' }]])
    expect(store.home?.compound.name).toBe('长辈的小区')
    expect(store.seniorName).toBe('陈阿婆')
  })

  it("calls the senior's steward with forUserId and hands the number to the dialler", async () => {
    const api = actApi()
    const platform = new FakePlatform()
    const store = new ActForStore(familyRepository(api), platform)
    await store.open('u-senior', '陈阿婆')

    await store.call('steward')

    expect(api.calls[1]).toMatchObject({ name: 'callContact', params: { kind: 'steward', forUserId: 'u-senior' } })
    expect(platform.dialled).toEqual([STEWARD_PHONE])
  })

  it('never calls for nobody, and says nothing when the dial is cancelled', async () => {
    const api = actApi()
    const platform = cancellingDialler()
    const store = new ActForStore(familyRepository(api), platform)

    await store.call('steward')
    expect(api.calls).toEqual([])

    await store.open('u-senior', '陈阿婆')
    await store.call('gridLeader')
    expect(platform.base.toasts).toEqual([])
    expect(store.calling).toBeNull()
  })

  it('explains a senior without a home, and a refusal for someone not linked', async () => {
    const api = new FakeApi().failWith('myHome', 101, '没有找到住址。')
    const store = new ActForStore(familyRepository(api), new FakePlatform())
    await store.open('u-senior', '陈阿婆')
    expect(store.error).toBe('长辈还没有登记住址。')

    api.failWith('myHome', 119, '您不是这位长辈确认过的家属。')
    await store.open('u-x', '某人')
    expect(store.status).toBe('error')
    expect(store.error).toBe('您不是这位长辈确认过的家属。')
  })
})
