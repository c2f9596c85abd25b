/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { RootStore } from '@/app/root-store'
import { privacyFeature } from '@/features/privacy'
import { privacyRepository } from '@/features/privacy/privacy-repository'
import { AccessLogStore } from '@/features/privacy/stores/access-log-store'
import { MyDataStore } from '@/features/privacy/stores/my-data-store'
import { AGREE_BUTTON_ID, PrivacyPromptStore } from '@/features/privacy/stores/privacy-prompt-store'
import { DRAFT_KEY_PREFIX } from '@/features/registration/stores/registration-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import type { MyDataExport } from '@contract/domain'
import { aHome, aMe } from '../support/fixtures'
import { strictConsole } from '../support/strict'

strictConsole()

const NOW = new Date('2026-11-26T04:00:00.000Z')

function anExport(): MyDataExport {
  return {
    exportedAt: NOW.toISOString(),
    account: { userId: 'u-resident', createdAt: '2026-01-02T03:04:05.000Z', loginMethods: ['微信'] },
    profile: {
      name: '张三',
      phone: '13900000001',
      community: '杨家门社区',
      compound: '杨柳郡',
      building: '3幢',
      room: '1单元101',
      birthYear: null,
      moveInDate: '2024-05-01',
      isNewResident: true,
      origin: null,
      workplace: null,
      household: [],
    },
    roles: ['resident'],
    registrations: [],
    guideTicks: [],
    profileAccesses: [{ at: '2026-11-20T01:00:00.000Z', viewerName: '社工小王', viewerRole: 'communityStaff' }],
    familyLinks: [],
    actsForMe: [],
    more: {},
  }
}

function myData(api: FakeApi, platform = new FakePlatform()) {
  const deleted = jest.fn(async () => undefined)
  const store = new MyDataStore(privacyRepository(api), platform, { onDeleted: deleted, now: () => NOW })
  return { store, platform, deleted }
}

describe('MyDataStore: see and export', () => {
  it('shows everything exported, and hands it over as a JSON file', async () => {
    const { store, platform } = myData(new FakeApi().on('exportMyData', () => anExport()))
    await store.load()
    expect(store.data?.profile?.name).toBe('张三')

    await store.exportFile()

    expect(platform.sharedFiles).toHaveLength(1)
    const file = platform.sharedFiles[0]!
    expect(file.name).toBe('tongxin-my-data-2026-11-26.json')
    expect(file.mimeType).toBe('application/json')
    expect(JSON.parse(file.content)).toEqual(anExport())
    expect(platform.toasts).toEqual(['已下载'])
  })

  it('says nothing when the person closes the share sheet', async () => {
    const platform = new FakePlatform()
    platform.shareCancelled = true
    const { store } = myData(new FakeApi().on('exportMyData', () => anExport()), platform)
    await store.load()

    await store.exportFile()

    expect(platform.toasts).toEqual([])
    expect(store.exporting).toBe(false)
  })

  it('shows an error when the data cannot be read', async () => {
    const { store } = myData(new FakeApi().failWith('exportMyData', 100, '网络不可用，请检查网络后重试。'))
    await store.load()
    expect(store.status).toBe('error')
    expect(store.error).toBe('网络不可用，请检查网络后重试。')
  })
})

describe('MyDataStore: deleting the account takes two steps', () => {
  it('does nothing without opening the explanation and ticking that it cannot be undone', async () => {
    const api = new FakeApi().on('deleteMyData', () => ({ deleted: true }))
    const { store, deleted } = myData(api)

    await expect(store.confirmDelete()).resolves.toBe(false)
    store.beginDelete()
    await expect(store.confirmDelete()).resolves.toBe(false)
    expect(store.deleteError).toBe('请先勾选“我已了解删除后无法恢复”。')
    expect(api.calls).toEqual([])

    store.setUnderstood(true)
    await expect(store.confirmDelete()).resolves.toBe(true)
    expect(api.calls.map((c) => [c.name, c.params])).toEqual([['deleteMyData', { confirm: true }]])
    expect(deleted).toHaveBeenCalledTimes(1)
  })

  it('stays signed in and says why when the server does not delete', async () => {
    const { store, deleted } = myData(new FakeApi().failWith('deleteMyData', 141, '删除失败，请稍后再试。'))
    store.beginDelete()
    store.setUnderstood(true)

    await expect(store.confirmDelete()).resolves.toBe(false)

    expect(store.deleteStep).toBe('confirming')
    expect(store.deleteError).toBe('删除失败，请稍后再试。')
    expect(deleted).not.toHaveBeenCalled()
  })

  it('signs out and forgets the person on this device once the account is deleted (RootStore)', async () => {
    const api = new FakeApi()
      .on('me', () => aMe())
      .on('myHome', () => aHome())
      .on('exportMyData', () => anExport())
      .on('deleteMyData', () => ({ deleted: true }))
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:kept')
    storage.set(`${DRAFT_KEY_PREFIX}u-resident`, '{"name":"张三"}')
    const root = new RootStore({ api, storage, platform: new FakePlatform(), now: () => NOW })
    await root.session.restore()
    await root.home.load()
    await root.feature(privacyFeature).myData.load()

    root.feature(privacyFeature).myData.beginDelete()
    root.feature(privacyFeature).myData.setUnderstood(true)
    await root.feature(privacyFeature).myData.confirmDelete()

    expect(root.session.isSignedIn).toBe(false)
    expect(storage.get(SESSION_KEY)).toBeNull()
    expect(storage.get(`${DRAFT_KEY_PREFIX}u-resident`)).toBeNull()
    expect(api.sessionToken).toBeNull()
    expect(root.home.home).toBeNull()
    expect(root.feature(privacyFeature).myData.data).toBeNull()
  })
})

describe('AccessLogStore', () => {
  it('lists who opened my profile, newest first', async () => {
    const api = new FakeApi().on('myProfileAccessLog', () => ({
      items: [
        { at: '2026-11-01T01:00:00.000Z', viewerName: '红管家王红梅', viewerRole: 'steward' },
        { at: '2026-11-20T01:00:00.000Z', viewerName: '社工小王', viewerRole: 'communityStaff' },
      ],
    }))
    const store = new AccessLogStore(privacyRepository(api))
    await store.load()
    expect(store.newestFirst.map((r) => r.viewerName)).toEqual(['社工小王', '红管家王红梅'])
  })

  it('signs out when the session has lapsed', async () => {
    const expired = jest.fn()
    const store = new AccessLogStore(privacyRepository(withSessionExpiry(new FakeApi().failWith('myProfileAccessLog', 209, '登录已过期，请重新登录。'), expired)))
    await store.load()
    expect(expired).toHaveBeenCalledTimes(1)
  })
})

describe('PrivacyPromptStore', () => {
  it("shows the app's popup when WeChat asks, and answers with the agree button's id", () => {
    const platform = new FakePlatform()
    const store = new PrivacyPromptStore(platform)
    expect(store.visible).toBe(false)

    let answer = platform.promptPrivacy()
    expect(store.visible).toBe(true)
    expect(answer.events).toEqual(['exposureAuthorization'])

    store.agree(AGREE_BUTTON_ID)
    expect(answer.events).toEqual(['exposureAuthorization', 'agree'])
    expect(answer.buttonIds).toEqual([AGREE_BUTTON_ID])
    expect(store.visible).toBe(false)

    answer = platform.promptPrivacy()
    store.disagree()
    expect(answer.events).toEqual(['exposureAuthorization', 'disagree'])
  })

  it('refuses an older question left open when WeChat asks again, rather than leaving it hanging', () => {
    const platform = new FakePlatform()
    const store = new PrivacyPromptStore(platform)
    const first = platform.promptPrivacy()
    platform.promptPrivacy()
    expect(first.events).toEqual(['exposureAuthorization', 'disagree'])
    expect(store.visible).toBe(true)
  })
})
