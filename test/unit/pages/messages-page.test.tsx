import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FakeApi, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { RootStore } from '@/app/root-store'
import { StoresProvider } from '@/app/stores-context'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import MinePage from '@/pages/mine/index'
import NoticesPage from '@/pages/notices/index'
import MessagesPage from '@/packages/notify/pages/messages/index'
import type { MessageItem } from '@contract/api-notify'
import { aMe } from '../support/fixtures'
import { aMessage } from '../support/messages'
import { strictConsole } from '../support/strict'
import { pageHooks, resetTaro, taroLog } from '../stand-ins/taro'

strictConsole()

beforeEach(() => resetTaro())

function messagesApi(pages: Record<string, { items: MessageItem[]; nextCursor: string | null }>, unread: number): FakeApi {
  return new FakeApi()
    .on('me', () => aMe())
    .on('myMessages', (p) => pages[p.cursor ?? 'first'])
    .on('unreadMessageCount', () => ({ count: unread }))
    .on('markMessagesRead', (p) => ({ updated: p.ids?.length ?? unread }))
    .on('subscriptionTemplates', () => ({ templates: { urgentNotice: 'demo-urgentNotice' } }))
    .on('saveSubscriptions', (p) => ({ saved: p.answers.length }))
}

async function open(page: JSX.Element, api: FakeApi, platform = new FakePlatform()) {
  const storage = new MemoryStorage()
  storage.set(SESSION_KEY, 'r:kept')
  const root = new RootStore({ api, storage, platform })
  render(<StoresProvider root={root}>{page}</StoresProvider>)
  await act(() => root.session.restore())
  return { root, platform }
}

describe('我的消息 page', () => {
  it('shows the empty state when there are no messages', async () => {
    await open(<MessagesPage />, messagesApi({ first: { items: [], nextCursor: null } }, 0))
    expect(await screen.findByText('暂时没有消息')).toBeTruthy()
    expect(screen.getByText('求助进展、活动提醒、审核结果等会显示在这里。')).toBeTruthy()
  })

  it('lists messages with unread marks; a tap marks it read and opens its page', async () => {
    const api = messagesApi({ first: { items: [aMessage('a'), aMessage('b', { read: true, title: '活动已取消', kind: 'activityUpdate' })], nextCursor: null } }, 1)
    await open(<MessagesPage />, api)
    const unread = await screen.findByRole('listitem', { name: '未读 消息a' })
    expect(screen.getByRole('listitem', { name: '活动已取消' })).toBeTruthy()
    expect(screen.getByText('活动变动')).toBeTruthy()
    expect(screen.getByText('1 条未读')).toBeTruthy()
    fireEvent.click(unread)
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/help/pages/detail/index?id=a' }])
    expect(api.calls.filter((c) => c.name === 'markMessagesRead').map((c) => c.params)).toEqual([{ ids: ['a'] }])
    expect(await screen.findByRole('listitem', { name: '消息a' })).toBeTruthy()
    expect(screen.getByText('全部已读')).toBeTruthy()
  })

  it('opens a tab page with switchTab, without its query', async () => {
    await open(<MessagesPage />, messagesApi({ first: { items: [aMessage('n', { page: '/pages/notices/index?from=message' })], nextCursor: null } }, 1))
    fireEvent.click(await screen.findByRole('listitem', { name: '未读 消息n' }))
    expect(taroLog.navigations).toEqual([{ kind: 'switchTab', url: '/pages/notices/index' }])
  })

  it('marks all read, loads more at the bottom, and refreshes on pull-down', async () => {
    const api = messagesApi(
      { first: { items: [aMessage('a'), aMessage('b')], nextCursor: 'c2' }, c2: { items: [aMessage('c', { title: '第二页' })], nextCursor: null } },
      2,
    )
    await open(<MessagesPage />, api)
    fireEvent.click(await screen.findByRole('button', { name: '全部已读' }))
    await waitFor(() => expect(api.calls.some((c) => c.name === 'markMessagesRead' && (c.params as { all?: boolean }).all)).toBe(true))
    expect(await screen.findByRole('listitem', { name: '消息a' })).toBeTruthy()
    await act(async () => pageHooks.reachBottom?.())
    expect(await screen.findByText('第二页')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
    await act(async () => pageHooks.pullDownRefresh?.())
    await waitFor(() => expect(taroLog.pullDownStopped).toBe(1))
    expect(api.calls.filter((c) => c.name === 'myMessages').map((c) => c.params)).toEqual([{ limit: 20 }, { cursor: 'c2', limit: 20 }, { limit: 20 }])
  })

  it('shows the error state with a retry', async () => {
    const api = messagesApi({ first: { items: [], nextCursor: null } }, 0).failWith('myMessages', 100, '网络不可用，请检查网络后重试。')
    await open(<MessagesPage />, api)
    expect(await screen.findByText('加载失败')).toBeTruthy()
    expect(screen.getByText('网络不可用，请检查网络后重试。')).toBeTruthy()
    api.on('myMessages', () => ({ items: [aMessage('z')], nextCursor: null }))
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
    expect(await screen.findByRole('listitem', { name: '未读 消息z' })).toBeTruthy()
  })
})

describe('entries', () => {
  it('我的 shows the unread count beside 我的消息 and opens it', async () => {
    await open(<MinePage />, messagesApi({ first: { items: [], nextCursor: null } }, 3))
    expect(await screen.findByText('3 条未读')).toBeTruthy()
    fireEvent.click(screen.getByRole('link', { name: '我的消息' }))
    expect(taroLog.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/notify/pages/messages/index' }])
  })

  it('the 公告 tab asks for urgent-notice reminders in the tap and records the answer', async () => {
    const api = messagesApi({ first: { items: [], nextCursor: null } }, 0)
      .on('listMyNotices', () => ({ items: [], nextCursor: null }))
      .on('unreadNoticeCount', () => ({ count: 0 }))
    const { platform } = await open(<NoticesPage />, api)
    await waitFor(() => expect(api.calls.some((c) => c.name === 'subscriptionTemplates')).toBe(true))
    await act(async () => {
      await Promise.resolve()
    })
    fireEvent.click(screen.getByRole('button', { name: '接收紧急公告提醒' }))
    expect(platform.subscribeRequests).toEqual([['demo-urgentNotice']])
    await waitFor(() => expect(platform.toasts).toEqual(['已开启，下一条紧急公告会通过微信提醒您']))
    expect(api.calls.filter((c) => c.name === 'saveSubscriptions').map((c) => c.params)).toEqual([{ answers: [{ kind: 'urgentNotice', accepted: true }] }])
  })
})
