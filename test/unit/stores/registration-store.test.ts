/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { RootStore } from '@/app/root-store'
import { registrationRepository } from '@/features/registration/registration-repository'
import { SEARCH_DELAY_MS } from '@/features/registration/stores/place-picker'
import { DRAFT_KEY_PREFIX, RegistrationStore } from '@/features/registration/stores/registration-store'
import { residentRegistrationFeature } from '@/features/registration/resident'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import type { RegistrationInput, RegistrationView } from '@contract/domain'
import { aMe, aRegistration, withPlaces } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

// Noon in the street on 26 November 2026: a move-in date may be up to 26 December.
const NOW = new Date('2026-11-26T04:00:00.000Z')
const DRAFT = `${DRAFT_KEY_PREFIX}u-new`

interface Setup {
  api?: FakeApi
  storage?: MemoryStorage
  platform?: FakePlatform
  userId?: string
  hasHome?: boolean
  mine?: RegistrationView | null
}

function setup(opts: Setup = {}) {
  const api = opts.api ?? withPlaces(new FakeApi())
  if (!opts.api) api.on('myRegistration', () => ({ registration: opts.mine ?? null }))
  const storage = opts.storage ?? new MemoryStorage()
  const platform = opts.platform ?? new FakePlatform()
  const approved = jest.fn()
  const expired = jest.fn()
  const store = new RegistrationStore(registrationRepository(withSessionExpiry(api, expired)), storage, platform, {
    userId: () => opts.userId ?? 'u-new',
    hasHome: () => opts.hasHome ?? false,
    now: () => NOW,
    onApproved: approved,
  })
  return { api, storage, platform, store, approved, expired }
}

/** Lets pending promise callbacks (the place lists) settle. */
const settle = () => new Promise((r) => setTimeout(r, 0))

async function fillValid(store: RegistrationStore) {
  const f = store.form
  await settle()
  f.setText('name', ' 李四 ')
  f.setText('phone', '139 0000 0003')
  f.pickCommunity('c1')
  await settle()
  f.pickCompound('p1')
  await settle()
  f.pickBuilding('b1')
  f.pickRoom([0, 2, 0])
  f.setMoveInDate('2026-11-01')
  f.addMember()
  f.setMember(0, '配偶')
  f.setConsent(true)
}

const calls = (api: FakeApi, name: string) => api.calls.filter((c) => c.name === name)

describe('RegistrationStore.openForm', () => {
  it('asks for the privacy authorisation before collecting anything, and stops when refused', async () => {
    const platform = new FakePlatform()
    platform.privacyRefused = true
    const { api, store } = setup({ platform })

    await store.openForm()

    expect(platform.privacyAsked).toBe(1)
    expect(store.phase).toBe('privacyDenied')
    expect(api.calls).toEqual([])
  })

  it('opens the form with the communities to choose from once authorised', async () => {
    const { api, store } = setup()

    await store.openForm()
    await settle()

    expect(store.phase).toBe('editing')
    expect(store.form.places.communities.map((c) => c.name)).toEqual(['杨家门社区', '东兴社区'])
    expect(calls(api, 'myRegistration')).toHaveLength(1)
  })

  it('does not offer a second form while one registration waits for review', async () => {
    const { store } = setup({ mine: aRegistration({ status: 'pending' }) })
    await store.openForm()
    expect(store.phase).toBe('pending')
  })

  it('does not offer the form to someone whose home is already bound', async () => {
    const { store } = setup({ hasHome: true, mine: aRegistration({ status: 'approved' }) })
    await store.openForm()
    expect(store.phase).toBe('registered')
  })

  it('says why when the status cannot be loaded, and opens on retry', async () => {
    const api = withPlaces(new FakeApi()).failWith('myRegistration', 100, '网络不可用，请检查网络后重试。')
    const { store } = setup({ api })

    await store.openForm()
    expect(store.phase).toBe('error')
    expect(store.phaseError).toBe('网络不可用，请检查网络后重试。')

    api.on('myRegistration', () => ({ registration: null }))
    await store.openForm()
    expect(store.phase).toBe('editing')
  })
})

describe('RegistrationForm: errors as the person types', () => {
  it('shows no error for a field not yet touched, and the shared rule once typed in', async () => {
    const { store } = setup()
    await store.openForm()

    expect(store.form.errors).toEqual({})
    store.form.setText('name', '李')
    expect(store.form.errors).toEqual({ name: '姓名至少2个字。' })
    store.form.setText('name', '李四')
    expect(store.form.errors.name).toBeUndefined()
  })

  it('checks the phone and a move-in date more than a month ahead', async () => {
    const { store } = setup()
    await store.openForm()

    store.form.setText('phone', '1390000')
    store.form.setMoveInDate('2026-12-27')

    expect(store.form.errors.phone).toBe('请填写11位手机号。')
    expect(store.form.errors.moveInDate).toBe('入住日期不能晚于一个月以后。')
    store.form.setMoveInDate('2026-12-26')
    expect(store.form.errors.moveInDate).toBeUndefined()
    expect(store.form.latestMoveIn).toBe('2026-12-26')
  })

  it('offers the rooms of the chosen building and checks a room against its layout', async () => {
    const { store } = setup()
    await store.openForm()
    await fillValid(store)

    expect(store.form.roomColumns).toEqual([
      ['1单元', '2单元'],
      ['1层', '2层', '3层', '4层', '5层', '6层'],
      ['01室', '02室'],
    ])
    expect(store.form.room).toBe('1单元301')
    expect(store.form.roomIndexes).toEqual([0, 2, 0])
    expect(store.form.validation.ok).toBe(true)

    // A room belongs to its building: choosing another building asks for the room again.
    store.form.pickBuilding('b2')
    expect(store.form.room).toBe('')
    expect(store.form.errors.room).toBe('请填写房号。')
  })

  it('clears the compound, building and room when another community is chosen', async () => {
    const { store } = setup()
    await store.openForm()
    await fillValid(store)

    store.form.pickCommunity('c2')
    await settle()

    expect(store.form.places.compound).toBeNull()
    expect(store.form.places.building).toBeNull()
    expect(store.form.room).toBe('')
    expect(store.form.places.compounds.map((c) => c.name)).toEqual(['东兴小区'])
  })

  it('searches compounds by name once typing pauses, asking the server once', async () => {
    jest.useFakeTimers()
    try {
      const { api, store } = setup()
      await store.openForm()
      await Promise.resolve()
      store.form.pickCommunity('c1')
      await Promise.resolve()

      store.form.places.setCompoundQuery('梧')
      store.form.places.setCompoundQuery('梧桐')
      expect(calls(api, 'placeOptions').filter((c) => (c.params as { q?: string }).q)).toHaveLength(0)
      jest.advanceTimersByTime(SEARCH_DELAY_MS)
      await Promise.resolve()
      await Promise.resolve()

      const searches = calls(api, 'placeOptions').filter((c) => (c.params as { q?: string }).q)
      expect(searches.map((c) => c.params)).toEqual([{ communityId: 'c1', q: '梧桐' }])
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('RegistrationForm: the draft on the device', () => {
  it('keeps every change under the person and restores it, place and all, the next time', async () => {
    const storage = new MemoryStorage()
    const first = setup({ storage })
    await first.store.openForm()
    await fillValid(first.store)

    const kept = JSON.parse(storage.get(DRAFT) ?? '{}')
    expect(kept).toMatchObject({ name: ' 李四 ', room: '1单元301', household: ['配偶'], building: { id: 'b1', name: '3幢' } })
    expect(kept).not.toHaveProperty('consent')

    const again = setup({ storage })
    await again.store.openForm()
    await settle()

    const f = again.store.form
    expect(f.name).toBe(' 李四 ')
    expect(f.places.compound?.name).toBe('杨柳郡')
    expect(f.places.layout?.floors).toBe(6)
    expect(f.consent).toBe(false)
    // Restored fields were typed by the person: consent is the only thing left to do.
    expect(f.validation.ok ? [] : Object.keys(f.validation.errors)).toEqual(['consent'])
  })

  it("never shows one person's draft to another signing in on the same phone", async () => {
    const storage = new MemoryStorage()
    const first = setup({ storage })
    await first.store.openForm()
    first.store.form.setText('name', '李四')

    const other = setup({ storage, userId: 'u-other' })
    await other.store.openForm()

    expect(other.store.form.name).toBe('')
    expect(storage.get(DRAFT)).not.toBeNull()
  })

  it('removes the draft when everything typed is cleared', async () => {
    const { storage, store } = setup()
    await store.openForm()
    store.form.setText('name', '李四')
    expect(storage.get(DRAFT)).not.toBeNull()

    store.form.setText('name', '')
    expect(storage.get(DRAFT)).toBeNull()
  })

  it('ignores a damaged draft', async () => {
    const storage = new MemoryStorage()
    storage.set(DRAFT, '{not json')
    const { store } = setup({ storage })

    await store.openForm()

    expect(store.phase).toBe('editing')
    expect(store.form.isEmpty).toBe(true)
  })
})

describe('RegistrationStore.submit', () => {
  it('refuses an incomplete form without calling the server, and shows every error', async () => {
    const { api, store } = setup()
    await store.openForm()
    store.form.setText('name', '李四')

    await expect(store.submit()).resolves.toBe(false)

    expect(calls(api, 'submitResidentRegistration')).toHaveLength(0)
    expect(store.submitError).toBe('请填写11位手机号。')
    expect(Object.keys(store.form.errors)).toEqual(['phone', 'buildingId', 'room', 'moveInDate', 'consent'])
  })

  it('submits the cleaned form, forgets the draft and shows the registration waiting for review', async () => {
    const { api, storage, store } = setup()
    await store.openForm()
    await fillValid(store)
    let submitted: RegistrationInput | null = null
    api.on('submitResidentRegistration', (params) => {
      submitted = params
      api.on('myRegistration', () => ({ registration: aRegistration({ status: 'pending' }) }))
      return { registrationId: 'reg-9', status: 'pending' }
    })

    await expect(store.submit()).resolves.toBe(true)

    expect(submitted).toEqual({
      name: '李四',
      phone: '13900000003',
      buildingId: 'b1',
      room: '1单元301',
      moveInDate: '2026-11-01',
      household: [{ relation: '配偶' }],
      consent: true,
    })
    expect(storage.get(DRAFT)).toBeNull()
    expect(store.phase).toBe('pending')
    expect(store.mine?.status).toBe('pending')
    expect(store.form.isEmpty).toBe(true)
  })

  it("shows the server's reason and keeps the draft when the server refuses", async () => {
    const api = withPlaces(new FakeApi())
      .on('myRegistration', () => ({ registration: null }))
      .failWith('submitResidentRegistration', 142, '3幢没有这个房号，请核对。')
    const { storage, store } = setup({ api })
    await store.openForm()
    await fillValid(store)

    await expect(store.submit()).resolves.toBe(false)

    expect(store.submitError).toBe('3幢没有这个房号，请核对。')
    expect(store.submitting).toBe(false)
    expect(storage.get(DRAFT)).not.toBeNull()
    expect(store.form.name).toBe(' 李四 ')
  })

  it('lets the app sign the person out when the session has lapsed', async () => {
    const api = withPlaces(new FakeApi())
      .on('myRegistration', () => ({ registration: null }))
      .failWith('submitResidentRegistration', 209, '登录已过期，请重新登录。')
    const { store, expired } = setup({ api })
    await store.openForm()
    await fillValid(store)

    await store.submit()

    expect(expired).toHaveBeenCalledTimes(1)
  })
})

describe('correcting a rejected registration', () => {
  it('fills the form from the rejection for correction, and resubmits the corrected one', async () => {
    const rejected = aRegistration({ status: 'rejected', reason: '房号与房产信息不符', room: '2单元602', birthYear: 1950 })
    const { api, store } = setup({ mine: rejected })
    api.on('submitResidentRegistration', () => ({ registrationId: 'reg-2', status: 'pending' }))

    await store.openForm()
    await settle()
    expect(store.phase).toBe('editing')
    expect(store.awaiting?.reason).toBe('房号与房产信息不符')
    expect(store.form.name).toBe('李四')
    expect(store.form.places.building?.name).toBe('3幢')
    expect(store.form.birthYear).toBe('1950')
    expect(store.form.consent).toBe(false)

    store.form.pickRoom([0, 4, 1])
    store.form.setConsent(true)
    await expect(store.submit()).resolves.toBe(true)

    const sent = calls(api, 'submitResidentRegistration').map((c) => c.params as RegistrationInput)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ room: '1单元502', birthYear: 1950, origin: '安徽省阜阳市', buildingId: 'b1' })
  })

  it('prefers the draft of a correction already under way to the rejected registration', async () => {
    const storage = new MemoryStorage()
    const rejected = aRegistration({ status: 'rejected', reason: '请核对姓名' })
    const first = setup({ storage, mine: rejected })
    await first.store.openForm()
    first.store.form.setText('name', '李思')

    const again = setup({ storage, mine: rejected })
    await again.store.openForm()

    expect(again.store.form.name).toBe('李思')
  })
})

describe('RegistrationStore: status and phone', () => {
  it('tells the app when the registration was approved while it thought there was no home', async () => {
    const { store, approved } = setup({ mine: aRegistration({ status: 'approved' }) })
    await store.loadMine()
    expect(approved).toHaveBeenCalledTimes(1)
    expect(store.awaiting).toBeNull()
  })

  it('fills the phone from WeChat, and does nothing when the person declines', async () => {
    const api = withPlaces(new FakeApi()).on('wechatPhoneNumber', ({ code }) => ({ phone: code === 'c1' ? '13900000009' : '' }))
    const { store } = setup({ api })

    await store.fillPhoneFromWechat(undefined)
    expect(api.calls).toHaveLength(0)

    await store.fillPhoneFromWechat('c1')
    expect(store.form.phone).toBe('13900000009')
  })
})

describe('the draft and signing out (RootStore)', () => {
  async function signedIn() {
    const api = withPlaces(new FakeApi())
      .on('me', () => aMe({ userId: 'u-new', hasHome: false }))
      .on('myRegistration', () => ({ registration: null }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform(), now: () => NOW })
    await root.session.restore()
    // The form is the resident subpackage's; it shares the status with root.registration.
    const { registration: form } = root.feature(residentRegistrationFeature)
    await form.openForm()
    form.form.setText('name', '李四')
    return { api, storage, root, form }
  }

  it('removes the draft when the person signs out', async () => {
    const { storage, root, form } = await signedIn()
    await root.signOut()
    expect(storage.get(DRAFT)).toBeNull()
    expect(form.form.name).toBe('')
  })

  it('keeps the draft when the session lapses: the same person signs in again to finish', async () => {
    const { api, storage, root, form } = await signedIn()
    api.failWith('myRegistration', 209, '登录已过期，请重新登录。')

    await root.registration.loadMine()

    expect(root.session.isSignedIn).toBe(false)
    expect(form.form.name).toBe('')
    expect(JSON.parse(storage.get(DRAFT) ?? '{}').name).toBe('李四')
  })
})
