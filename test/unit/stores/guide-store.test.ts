/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { guideRepository } from '@/features/guide/guide-repository'
import { GuideEditStore } from '@/features/guide/stores/guide-edit-store'
import { GuideStore } from '@/features/guide/stores/guide-store'
import type { CloudParams } from '@contract/api'
import type { GuideItem, PlaceRef } from '@contract/domain'
import { deferred } from '../support/deferred'
import { strictConsole } from '../support/strict'

strictConsole()

const items: GuideItem[] = [
  { id: 'g2', title: '子女入学', body: '到街道教育办登记', order: 2, done: false },
  { id: 'g1', title: '办理居住证', body: '带身份证和租房合同到社区服务站', order: 1, done: true },
  { id: 'g3', title: '垃圾分类', body: '四色桶', order: 3, done: false },
]

function guideApi(): FakeApi {
  return new FakeApi().on('myGuide', () => ({ community: { id: 'c1', name: '杨家门社区' }, items: items.map((i) => ({ ...i })) }))
}

describe('GuideStore', () => {
  it("loads the community's checklist in order with my ticks", async () => {
    const store = new GuideStore(guideRepository(guideApi()), new FakePlatform())
    await store.load()

    expect(store.community?.name).toBe('杨家门社区')
    expect(store.sorted.map((i) => i.title)).toEqual(['办理居住证', '子女入学', '垃圾分类'])
    expect(store.doneCount).toBe(1)
  })

  it('ticks at once and keeps the tick the server saved', async () => {
    const answer = deferred<{ done: boolean }>()
    const api = guideApi().on('tickGuideItem', () => answer.promise)
    const store = new GuideStore(guideRepository(api), new FakePlatform())
    await store.load()

    const ticking = store.toggle('g2')
    expect(store.items.find((i) => i.id === 'g2')?.done).toBe(true)
    expect(store.ticking.has('g2')).toBe(true)
    await store.toggle('g2')
    answer.resolve({ done: true })
    await ticking

    expect(api.calls.filter((c) => c.name === 'tickGuideItem').map((c) => c.params)).toEqual([{ itemId: 'g2', done: true }])
    expect(store.doneCount).toBe(2)
    expect(store.ticking.size).toBe(0)
  })

  it('puts the tick back and says so when it cannot be saved', async () => {
    const api = guideApi().failWith('tickGuideItem', 100, '网络不可用，请检查网络后重试。')
    const platform = new FakePlatform()
    const store = new GuideStore(guideRepository(api), platform)
    await store.load()

    await store.toggle('g1')

    expect(store.items.find((i) => i.id === 'g1')?.done).toBe(true)
    expect(platform.toasts).toEqual(['网络不可用，请检查网络后重试。'])
  })

  it('knows a person without a home has no community guide yet', async () => {
    const api = new FakeApi().failWith('myGuide', 101, '请先登记住址。')
    const store = new GuideStore(guideRepository(api), new FakePlatform())
    await store.load()
    expect(store.status).toBe('noCommunity')
  })
})

describe('GuideEditStore', () => {
  function editApi(): FakeApi {
    let next = 10
    return new FakeApi()
      .on('listGuideItems', () => ({ items: items.map((i) => ({ ...i, done: false })) }))
      .on('saveGuideItem', ({ itemId }) => ({ itemId: itemId ?? `g${next++}` }))
      .on('deleteGuideItem', () => ({ deleted: true }))
  }

  const yangjiamen = { id: 'c1', name: '杨家门社区' }

  async function opened(api = editApi(), own: PlaceRef[] = [yangjiamen]) {
    const platform = new FakePlatform()
    const store = new GuideEditStore(guideRepository(api), platform, () => own)
    await store.open()
    return { api, store, platform }
  }

  const saves = (api: FakeApi) => api.calls.filter((c) => c.name === 'saveGuideItem').map((c) => c.params as CloudParams<'saveGuideItem'>)

  it("opens the staff member's own community, without asking for every community, and lists its items", async () => {
    const { api, store } = await opened()
    expect(store.communities).toEqual([yangjiamen])
    expect(store.community?.name).toBe('杨家门社区')
    expect(store.sorted.map((i) => i.id)).toEqual(['g1', 'g2', 'g3'])
    expect(api.calls.map((c) => c.name)).toEqual(['listGuideItems'])
  })

  it('lets staff of several communities choose among theirs, and offers nothing to staff of none', async () => {
    const several = await opened(editApi(), [yangjiamen, { id: 'c2', name: '东兴社区' }])
    expect(several.store.community).toBeNull()
    expect(several.store.communities.map((c) => c.name)).toEqual(['杨家门社区', '东兴社区'])
    expect(several.api.calls).toEqual([])

    const none = await opened(editApi(), [])
    expect(none.store.communities).toEqual([])
    expect(none.store.status).toBe('ready')
  })

  it('adds an item at the end, and will not save one without a title', async () => {
    const { api, store } = await opened()

    store.startNew()
    await expect(store.save()).resolves.toBe(false)
    expect(store.editError).toBe('请填写标题。')

    store.setTitle(' 社区服务站 ')
    await expect(store.save()).resolves.toBe(false)
    expect(store.editError).toBe('请填写内容。')
    store.setBody('周一至周六 8:30-17:00')
    await expect(store.save()).resolves.toBe(true)

    expect(saves(api)).toEqual([{ communityId: 'c1', title: '社区服务站', body: '周一至周六 8:30-17:00', order: 4 }])
    expect(store.sorted[3]?.title).toBe('社区服务站')
    expect(store.editing).toBeNull()
  })

  it('edits an item in place', async () => {
    const { api, store } = await opened()
    store.startEdit('g3')
    store.setBody('四色桶：可回收物、有害垃圾、厨余垃圾、其他垃圾')
    await store.save()

    expect(saves(api)).toEqual([{ communityId: 'c1', itemId: 'g3', title: '垃圾分类', body: '四色桶：可回收物、有害垃圾、厨余垃圾、其他垃圾', order: 3 }])
    expect(store.items).toHaveLength(3)
  })

  it('moves an item up by swapping order with the one above', async () => {
    const { api, store } = await opened()
    await store.move('g3', -1)

    expect(saves(api).map((p) => [p.itemId, p.order])).toEqual([
      ['g3', 2],
      ['g2', 3],
    ])
    expect(store.sorted.map((i) => i.id)).toEqual(['g1', 'g3', 'g2'])
    await store.move('g1', -1)
    expect(saves(api)).toHaveLength(2)
  })

  it('deletes an item', async () => {
    const { store } = await opened()
    await store.remove('g2')
    expect(store.sorted.map((i) => i.id)).toEqual(['g1', 'g3'])
  })

  it("shows the server's message when saving is refused", async () => {
    const api = editApi().failWith('saveGuideItem', 119, '您只能编辑本社区的指南。')
    const { store } = await opened(api)
    store.startEdit('g1')
    await store.save()
    expect(store.editError).toBe('您只能编辑本社区的指南。')
    expect(store.editing).not.toBeNull()
  })
})
