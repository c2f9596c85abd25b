/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { noticesRepository } from '@/features/notices/notices-repository'
import { NoticeDetailStore } from '@/features/notices/stores/notice-detail-store'
import { aDetail } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(api: FakeApi) {
  const platform = new FakePlatform()
  const hooks = { onRead: jest.fn(), onRemoved: jest.fn() }
  const store = new NoticeDetailStore(noticesRepository(api), platform, hooks)
  return { store, hooks, platform }
}

const count = (api: FakeApi, name: string) => api.calls.filter((c) => c.name === name).length

describe('NoticeDetailStore', () => {
  it('marks an unread notice read once, however often it is opened, and tells the feed', async () => {
    const api = new FakeApi().on('getNotice', () => aDetail('n1')).on('markNoticeRead', () => ({ read: true }))
    const { store, hooks } = setup(api)
    await store.open('n1')
    expect(store.notice?.read).toBe(true)
    await store.open('n1')
    expect(count(api, 'markNoticeRead')).toBe(1)
    expect(hooks.onRead).toHaveBeenCalledTimes(1)
    expect(hooks.onRead).toHaveBeenCalledWith('n1')
  })

  it('does not mark a notice already read', async () => {
    const api = new FakeApi().on('getNotice', () => aDetail('n1', { read: true }))
    const { store, hooks } = setup(api)
    await store.open('n1')
    expect(count(api, 'markNoticeRead')).toBe(0)
    expect(hooks.onRead).not.toHaveBeenCalled()
  })

  it('tries again on the next opening when marking failed', async () => {
    const api = new FakeApi().on('getNotice', () => aDetail('n1')).failWith('markNoticeRead', 100, '网络不可用')
    const { store, hooks } = setup(api)
    await store.open('n1')
    expect(hooks.onRead).not.toHaveBeenCalled()
    api.on('markNoticeRead', () => ({ read: true }))
    await store.open('n1')
    expect(hooks.onRead).toHaveBeenCalledTimes(1)
  })

  it('loads read stats for managers only', async () => {
    const stats = { households: 24, readHouseholds: 20, unreadRooms: ['301', '402', '502', '601'] }
    const api = new FakeApi()
      .on('getNotice', (p) => aDetail(p.noticeId, { read: true, canManage: p.noticeId === 'mine' }))
      .on('noticeReadStats', () => stats)
    const { store } = setup(api)
    await store.open('theirs')
    expect(store.stats).toBeNull()
    expect(count(api, 'noticeReadStats')).toBe(0)
    await store.open('mine')
    expect(store.stats).toEqual(stats)
  })

  it('shows the error of a notice it cannot open', async () => {
    const api = new FakeApi().failWith('getNotice', 119, '这条公告不在您的范围内。')
    const { store } = setup(api)
    await store.open('n9')
    expect(store.status).toBe('error')
    expect(store.error).toBe('这条公告不在您的范围内。')
  })

  it('withdraws, and staff hide only with a reason', async () => {
    const api = new FakeApi()
      .on('getNotice', () => aDetail('n1', { read: true }))
      .on('withdrawNotice', () => ({ status: 'withdrawn' }))
      .on('hideNotice', () => ({ status: 'hidden' }))
    const { store, hooks } = setup(api)
    await store.open('n1')
    expect(await store.hide()).toBe(false)
    expect(store.hideError).toBe('请写明隐藏原因。')
    store.setHideReason('与社区无关')
    expect(await store.hide()).toBe(true)
    expect(api.calls.find((c) => c.name === 'hideNotice')?.params).toEqual({ noticeId: 'n1', reason: '与社区无关' })
    expect(store.notice?.status).toBe('hidden')
    expect(hooks.onRemoved).toHaveBeenCalledWith('n1')
    await store.open('n1')
    expect(await store.withdraw()).toBe(true)
    expect(store.notice?.status).toBe('withdrawn')
  })
})
