import { act, fireEvent, render, screen } from '@testing-library/react'
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { NoticeDetailView } from '@/features/notices/components/NoticeDetailView'
import { noticesRepository } from '@/features/notices/notices-repository'
import { NoticeDetailStore } from '@/features/notices/stores/notice-detail-store'
import type { NoticeDetail } from '@contract/domain'
import { aDetail } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

async function setup(detail: NoticeDetail, isStaff = false) {
  const api = new FakeApi()
    .on('getNotice', () => detail)
    .on('markNoticeRead', () => ({ read: true }))
    .on('noticeReadStats', () => ({ households: 24, readHouseholds: 21, unreadRooms: ['301', '402', '502'] }))
    .on('withdrawNotice', () => ({ status: 'withdrawn' }))
  const store = new NoticeDetailStore(noticesRepository(api), new FakePlatform(), { onRead: jest.fn(), onRemoved: jest.fn() })
  const onEdit = jest.fn()
  const confirm = jest.fn(async () => true)
  await act(() => store.open(detail.id))
  render(<NoticeDetailView store={store} isStaff={isStaff} onOpenLink={jest.fn()} onEdit={onEdit} confirm={confirm} />)
  return { api, store, onEdit, confirm }
}

describe('NoticeDetailView', () => {
  it('shows a resident the notice with its publisher and the edited mark, and nothing to manage', async () => {
    await setup(aDetail('n1', { edited: true, title: '停水通知' }))
    expect(screen.getByText('停水通知')).toBeTruthy()
    expect(screen.getByText(/王红梅（楼道红管家）/)).toBeTruthy()
    expect(screen.getByText(/已编辑/)).toBeTruthy()
    expect(screen.queryByText(/已读/)).toBeNull()
    expect(screen.queryByText('撤回')).toBeNull()
    expect(screen.queryByText('隐藏')).toBeNull()
  })

  it('shows its manager the read count, the rooms not yet read, 编辑 and 撤回', async () => {
    const { onEdit, confirm, store } = await setup(aDetail('n1', { canManage: true }))
    expect(screen.getByText('已读 21 / 24 户')).toBeTruthy()
    expect(screen.getByText('301、402、502')).toBeTruthy()
    fireEvent.click(screen.getByText('编辑'))
    expect(onEdit).toHaveBeenCalledWith('n1')
    await act(async () => fireEvent.click(screen.getByText('撤回')))
    expect(confirm).toHaveBeenCalled()
    expect(store.notice?.status).toBe('withdrawn')
    expect(screen.getByText(/已被发布者撤回/)).toBeTruthy()
  })

  it('offers staff 隐藏 with a reason', async () => {
    await setup(aDetail('n1'), true)
    expect(screen.getByLabelText('隐藏原因')).toBeTruthy()
    expect(screen.getByText('隐藏')).toBeTruthy()
  })
})
