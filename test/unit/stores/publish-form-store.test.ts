/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { noticesRepository } from '@/features/notices/notices-repository'
import { PublishFormStore } from '@/features/notices/stores/publish-form-store'
import { aDetail } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

const targets = [
  { scope: 'building' as const, targetId: 'b1', name: '银杏公寓1幢' },
  { scope: 'building' as const, targetId: 'b2', name: '银杏公寓2幢' },
]

function setup(api: FakeApi = new FakeApi()) {
  api.on('publishTargets', () => ({ targets }))
  const platform = new FakePlatform()
  const hooks = { onPublished: jest.fn(), onSessionExpired: jest.fn() }
  const store = new PublishFormStore(noticesRepository(api), platform, hooks)
  return { store, hooks, platform, api }
}

function fill(store: PublishFormStore) {
  store.set('target', 1)
  store.set('title', '明天停水')
  store.set('body', '明天上午停水。\n详见 https://example.gov.cn/a')
  store.set('category', '停水停电')
}

describe('PublishFormStore', () => {
  it('shows errors only for fields touched, as they are typed', async () => {
    const { store } = setup()
    await store.start()
    expect(store.errors).toEqual({})
    store.set('title', '')
    expect(store.errors).toEqual({ title: '请填写标题。' })
    store.set('title', '很'.repeat(41))
    expect(store.errors.title).toBe('标题最多40个字。')
    expect(store.titleCounter).toBe('41/40')
    store.set('title', '停水')
    expect(store.errors.title).toBeUndefined()
  })

  it('checks the expiry against the effective date', async () => {
    const { store } = setup()
    await store.start()
    store.set('effectiveFrom', '2026-12-02')
    store.set('expiresAt', '2026-12-01')
    expect(store.errors.expiresAt).toBe('过期时间必须晚于生效时间。')
  })

  it('previews only a valid notice; otherwise every problem shows', async () => {
    const { store } = setup()
    await store.start()
    expect(store.preview()).toBe(false)
    expect(Object.keys(store.errors).sort()).toEqual(['body', 'category', 'scope', 'targetId', 'title'])
    fill(store)
    expect(store.preview()).toBe(true)
    expect(store.previewing).toBe(true)
  })

  it('publishes the cleaned notice to the chosen target', async () => {
    const { store, api, hooks, platform } = setup()
    api.on('publishNotice', () => ({ noticeId: 'n7' }))
    await store.start()
    fill(store)
    store.set('effectiveFrom', '2026-12-01')
    expect(await store.submit()).toBe('n7')
    expect(api.calls.find((c) => c.name === 'publishNotice')?.params).toEqual({
      scope: 'building',
      targetId: 'b2',
      title: '明天停水',
      body: '明天上午停水。\n详见 https://example.gov.cn/a',
      category: '停水停电',
      pinned: false,
      urgent: false,
      effectiveFrom: '2026-11-30T16:00:00.000Z',
    })
    expect(hooks.onPublished).toHaveBeenCalledWith('n7')
    expect(platform.toasts).toEqual(['已发布'])
    expect(store.draft.title).toBe('')
  })

  it("shows the server's own message when publishing is refused, and keeps the draft", async () => {
    const { store, api, hooks } = setup()
    api.failWith('publishNotice', 119, '您只能向自己负责的楼栋发布公告。')
    await store.start()
    fill(store)
    store.preview()
    expect(await store.submit()).toBeNull()
    expect(store.serverError).toBe('您只能向自己负责的楼栋发布公告。')
    expect(store.previewing).toBe(false)
    expect(store.draft.title).toBe('明天停水')
    expect(hooks.onPublished).not.toHaveBeenCalled()
  })

  it('does not call the server with an invalid notice', async () => {
    const { store, api } = setup()
    await store.start()
    expect(await store.submit()).toBeNull()
    expect(api.calls.some((c) => c.name === 'publishNotice')).toBe(false)
  })

  it('edits a published notice: the form starts from it and saves with updateNotice', async () => {
    const { store, api } = setup()
    api
      .on('getNotice', () => aDetail('n1', { targetId: 'b2', scopeName: '银杏公寓2幢', title: '旧标题', category: '其他', expiresAt: '2026-12-09T16:00:00.000Z' }))
      .on('updateNotice', (p) => ({ noticeId: p.noticeId }))
    await store.start('n1')
    expect(store.draft.target).toBe(1)
    expect(store.draft.expiresAt).toBe('2026-12-10')
    store.set('title', '新标题')
    expect(await store.submit()).toBe('n1')
    expect(api.calls.find((c) => c.name === 'updateNotice')?.params).toMatchObject({ noticeId: 'n1', title: '新标题', targetId: 'b2' })
  })
})
