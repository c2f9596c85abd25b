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
  const hooks = { onPublished: jest.fn() }
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

  it('uploads picked images at once, refuses a too-large one by name, and publishes them in order', async () => {
    const { store, api, platform } = setup()
    let n = 0
    api.on('uploadFile', (p) => ({ id: `u${++n}`, url: `https://x/${p.name}`, name: p.name ?? '', contentType: p.contentType, size: 3 }))
    api.on('publishNotice', () => ({ noticeId: 'n9' }))
    await store.start()
    const file = (name: string, size: number) => ({ name, contentType: 'image/png', size, previewUrl: name, base64: async () => 'iVBORw==' })
    platform.pickedFiles = [file('a.png', 10), file('huge.png', 3 * 1024 * 1024), file('b.png', 10)]
    await store.addImages()
    expect(store.images.map((i) => i.url)).toEqual(['https://x/a.png', 'https://x/b.png'])
    expect(platform.toasts).toEqual(['图片不能超过2MB，请换一张或压缩后再试。'])
    expect(api.calls.filter((c) => c.name === 'uploadFile').map((c) => (c.params as { purpose: string }).purpose)).toEqual(['notice', 'notice'])
    store.removeImage('u1')
    fill(store)
    expect(await store.submit()).toBe('n9')
    expect(api.calls.find((c) => c.name === 'publishNotice')?.params).toMatchObject({ imageIds: ['u2'] })
    // A cancelled picker changes nothing.
    platform.pickedFiles = []
    await store.addImages()
    expect(store.images).toEqual([])
  })

  it('stops offering more images at six', async () => {
    const { store, api, platform } = setup()
    let n = 0
    api.on('uploadFile', () => ({ id: `u${++n}`, url: `https://x/${n}`, name: 'x', contentType: 'image/png', size: 1 }))
    await store.start()
    platform.pickedFiles = Array.from({ length: 9 }, (_, i) => ({ name: `${i}.png`, contentType: 'image/png', size: 1, previewUrl: '', base64: async () => 'AA==' }))
    await store.addImages()
    expect(store.images).toHaveLength(6)
    expect(store.canAddImages).toBe(false)
  })

  it('saves an incomplete draft, continues it later and publishes it as that draft', async () => {
    const { store, api, platform } = setup()
    api.on('saveNoticeDraft', (p) => ({ noticeId: p.noticeId ?? 'd1' }))
    api.on('publishNotice', (p) => ({ noticeId: p.draftId ?? 'new' }))
    await store.start()
    store.set('title', '下周停水')
    expect(await store.saveDraft()).toBe('d1')
    expect(api.calls.find((c) => c.name === 'saveNoticeDraft')?.params).toEqual({ title: '下周停水', pinned: false, urgent: false })
    expect(platform.toasts).toContain('已存草稿')
    // What is there must already be right.
    store.set('title', '很'.repeat(41))
    expect(await store.saveDraft()).toBeNull()
    expect(store.serverError).toBe('标题最多40个字。')

    // Opened again from 我发布的: the draft fills the form and publishing names it.
    api.on('getNotice', () => aDetail('d1', { status: 'draft', targetId: 'b1', title: '下周停水', body: '', images: [{ id: 'u1', url: 'https://x/1' }] }))
    await store.start('d1')
    expect(store.draftId).toBe('d1')
    expect(store.editingId).toBeNull()
    expect(store.canSaveDraft).toBe(true)
    expect(store.images).toEqual([{ id: 'u1', url: 'https://x/1' }])
    store.set('body', '周二上午停水。')
    store.set('category', '停水停电')
    expect(await store.submit()).toBe('d1')
    expect(api.calls.filter((c) => c.name === 'publishNotice').pop()?.params).toMatchObject({ draftId: 'd1', imageIds: ['u1'], title: '下周停水' })
  })

  it('deletes the draft it continues, and offers no draft while editing a published notice', async () => {
    const { store, api, hooks } = setup()
    const onDraftSaved = jest.fn()
    const withHook = new PublishFormStore(noticesRepository(api), new FakePlatform(), { ...hooks, onDraftSaved })
    api.on('getNotice', (p) => aDetail(p.noticeId, { status: p.noticeId === 'd1' ? 'draft' : 'published', targetId: 'b1' }))
    api.on('deleteNoticeDraft', () => ({ deleted: true }))
    await withHook.start('d1')
    expect(await withHook.deleteDraft()).toBe(true)
    expect(api.calls.find((c) => c.name === 'deleteNoticeDraft')?.params).toEqual({ noticeId: 'd1' })
    expect(withHook.draftId).toBeNull()
    expect(withHook.draft.title).toBe('')
    expect(onDraftSaved).toHaveBeenCalled()
    await store.start('n1')
    expect(store.canSaveDraft).toBe(false)
    expect(await store.saveDraft()).toBeNull()
  })
})
