/**
 * @jest-environment node
 */
import { FakeApi, FakePlatform } from '@/adapters/fakes'
import { withSessionExpiry } from '@/adapters/session-guard'
import { ApiError } from '@/adapters/ports'
import { notifyRepository } from '@/features/notify/notify-repository'
import { MessageStore } from '@/features/notify/stores/message-store'
import { deferred } from '../support/deferred'
import { aMessage } from '../support/messages'
import { strictConsole } from '../support/strict'

strictConsole()

const pages = {
  first: { items: [aMessage('a'), aMessage('b', { read: true }), aMessage('c')], nextCursor: 'c2' },
  c2: { items: [aMessage('c'), aMessage('d')], nextCursor: null },
}

function setup(api: FakeApi) {
  const platform = new FakePlatform()
  // A lapsed session is noticed by the port; the root store then resets the messages.
  const expired = jest.fn((): void => store.reset())
  const store: MessageStore = new MessageStore(notifyRepository(withSessionExpiry(api, expired)), platform)
  return { store, platform, expired }
}

function messagesApi(unread = 2): FakeApi {
  return new FakeApi()
    .on('myMessages', (p) => pages[(p.cursor ?? 'first') as keyof typeof pages])
    .on('unreadMessageCount', () => ({ count: unread }))
    .on('markMessagesRead', (p) => ({ updated: p.all ? unread : p.ids?.length ?? 0 }))
}

describe('MessageStore', () => {
  it('loads the first page and the unread count', async () => {
    const { store } = setup(messagesApi())
    await store.load()
    expect(store.items.map((m) => m.id)).toEqual(['a', 'b', 'c'])
    expect(store.unread).toBe(2)
    expect(store.list.status).toBe('ready')
  })

  it('pages by cursor without repeating a message', async () => {
    const api = messagesApi()
    const { store } = setup(api)
    await store.load()
    await store.loadMore()
    expect(store.items.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(store.list.hasMore).toBe(false)
    expect(api.calls.filter((c) => c.name === 'myMessages').map((c) => c.params)).toEqual([{ limit: 20 }, { cursor: 'c2', limit: 20 }])
  })

  it('opening an unread message marks it read at once and on the server, and returns its page', async () => {
    const api = messagesApi()
    const { store } = setup(api)
    await store.load()
    expect(store.open('a')).toBe('/packages/help/pages/detail/index?id=a')
    expect(store.items[0].read).toBe(true)
    expect(store.unread).toBe(1)
    expect(api.calls.filter((c) => c.name === 'markMessagesRead').map((c) => c.params)).toEqual([{ ids: ['a'] }])
    // Opening a read one again asks nothing.
    store.open('a')
    store.open('b')
    expect(api.calls.filter((c) => c.name === 'markMessagesRead')).toHaveLength(1)
    expect(store.unread).toBe(1)
    expect(store.open('nope')).toBeNull()
  })

  it('a failed mark does not stop the page from opening', async () => {
    const api = messagesApi().failWith('markMessagesRead', 100, '网络不可用')
    const { store, expired } = setup(api)
    await store.load()
    expect(store.open('c')).toBe('/packages/help/pages/detail/index?id=c')
    await new Promise((r) => setTimeout(r, 0))
    expect(expired).not.toHaveBeenCalled()
  })

  it('全部已读 marks every message and zeroes the count; a failure says so', async () => {
    const api = messagesApi()
    const { store } = setup(api)
    await store.load()
    await store.markAllRead()
    expect(store.items.every((m) => m.read)).toBe(true)
    expect(store.unread).toBe(0)
    expect(api.calls.filter((c) => c.name === 'markMessagesRead').map((c) => c.params)).toEqual([{ all: true }])

    const failing = setup(messagesApi().failWith('markMessagesRead', 141, '操作太频繁，请稍后再试。'))
    await failing.store.load()
    await failing.store.markAllRead()
    expect(failing.platform.toasts).toEqual(['操作太频繁，请稍后再试。'])
    expect(failing.store.unread).toBe(2)
    expect(failing.store.items[0].read).toBe(false)
  })

  it('marks all only once while a call is running', async () => {
    const gate = deferred<{ updated: number }>()
    const api = messagesApi().on('markMessagesRead', () => gate.promise)
    const { store } = setup(api)
    await store.load()
    const first = store.markAllRead()
    void store.markAllRead()
    expect(store.markingAll).toBe(true)
    gate.resolve({ updated: 2 })
    await first
    expect(api.calls.filter((c) => c.name === 'markMessagesRead')).toHaveLength(1)
    expect(store.markingAll).toBe(false)
  })

  it('shows an error state when the first page fails, and signs out on an expired session', async () => {
    const { store } = setup(messagesApi().failWith('myMessages', 100, '网络不可用'))
    await store.load()
    expect(store.list.status).toBe('error')
    expect(store.list.error).toBe('网络不可用')

    const gone = setup(new FakeApi().failWith('myMessages', 209, 'x').failWith('unreadMessageCount', 209, 'x'))
    await gone.store.load()
    expect(gone.expired).toHaveBeenCalled()
    expect(gone.store.items).toEqual([])
  })

  it('keeps the last count when counting fails', async () => {
    const api = messagesApi(4)
    const { store } = setup(api)
    await store.refreshUnread()
    api.on('unreadMessageCount', () => {
      throw new ApiError(100, '网络不可用')
    })
    await store.refreshUnread()
    expect(store.unread).toBe(4)
  })

  it('forgets everything on reset (sign-out)', async () => {
    const { store } = setup(messagesApi())
    await store.load()
    store.reset()
    expect(store.items).toEqual([])
    expect(store.unread).toBe(0)
    expect(store.list.status).toBe('idle')
  })
})
