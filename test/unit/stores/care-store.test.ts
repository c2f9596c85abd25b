/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { CARE_MODE_KEY, CareStore, LARGE_FONT_SCALE, type CareReason } from '@/features/care/stores/care-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(scale: number, senior: boolean, kept: string | null) {
  const storage = new MemoryStorage()
  if (kept !== null) storage.set(CARE_MODE_KEY, kept)
  const platform = new FakePlatform()
  platform.scale = scale
  return { store: new CareStore(storage, platform, () => senior), storage, platform }
}

describe('CareStore: when care mode is on', () => {
  // font scale × senior × the choice kept in 我的 → on?, and why
  const table: Array<[number, boolean, string | null, boolean, CareReason]> = [
    [1, false, null, false, 'default'],
    [1.12, false, null, false, 'default'],
    [LARGE_FONT_SCALE, false, null, true, 'largeFont'],
    [1.6, false, null, true, 'largeFont'],
    [1, true, null, true, 'senior'],
    [1.6, true, null, true, 'largeFont'],
    [1, false, 'on', true, 'manualOn'],
    [1, true, 'off', false, 'manualOff'],
    [1.6, false, 'off', false, 'manualOff'],
    [1.6, true, 'off', false, 'manualOff'],
    [1.6, true, 'on', true, 'manualOn'],
    // Something else in storage is no choice at all.
    [1, true, 'maybe', true, 'senior'],
  ]

  it.each(table)('font scale %p, senior %p, kept choice %p → on: %p (%p)', (scale, senior, kept, on, reason) => {
    const { store } = setup(scale, senior, kept)
    expect(store.enabled).toBe(on)
    expect(store.reason).toBe(reason)
    expect(store.explanation).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('CareStore: the choice in 我的', () => {
  it('keeps a choice made either way, and forgets it to follow font scale and age again', () => {
    const { store, storage } = setup(1, true, null)
    expect(store.enabled).toBe(true)

    store.set(false)
    expect(store.enabled).toBe(false)
    expect(storage.get(CARE_MODE_KEY)).toBe('off')
    expect(new CareStore(storage, new FakePlatform(), () => true).enabled).toBe(false)

    store.set(true)
    expect(storage.get(CARE_MODE_KEY)).toBe('on')

    store.followAutomatic()
    expect(storage.get(CARE_MODE_KEY)).toBeNull()
    expect(store.reason).toBe('senior')
  })

  it('reads WeChat font scale again when the app shows', () => {
    const { store, platform } = setup(1, false, null)
    platform.scale = 1.4
    expect(store.enabled).toBe(false)
    store.sense()
    expect(store.enabled).toBe(true)
  })

  it('follows who is signed in: on for a senior, off after signing out (RootStore)', async () => {
    const api = new FakeApi().on('me', () => aMe({ isSenior: true }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    const root = new RootStore({ api, storage, platform: new FakePlatform() })
    expect(root.care.enabled).toBe(false)

    await root.session.restore()
    expect(root.care.enabled).toBe(true)

    await root.signOut()
    expect(root.care.enabled).toBe(false)
  })
})
