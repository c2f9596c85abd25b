/**
 * @jest-environment node
 */
import { FakeApi, FakeNoticeShell, FakeNoticeSignals, FakePlatform, MemoryStorage } from '@/adapters/fakes'
import { ApiError } from '@/adapters/ports'
import { withSessionExpiry } from '@/adapters/session-guard'
import { RootStore } from '@/app/root-store'
import { noticesRepository } from '@/features/notices/notices-repository'
import { NoticeFeedStore } from '@/features/notices/stores/notice-feed-store'
import { SESSION_KEY } from '@/features/session/stores/session-store'
import { aMe } from '../support/fixtures'
import { aNotice } from '../support/notices'
import { strictConsole } from '../support/strict'

strictConsole()

function setup(api: FakeApi, now = new Date('2026-11-26T04:00:00.000Z')) {
  const shell = new FakeNoticeShell()
  // A lapsed session is noticed by the port; the root store then resets the feed.
  const expired = jest.fn((): void => store.reset())
  const store: NoticeFeedStore = new NoticeFeedStore(noticesRepository(withSessionExpiry(api, expired)), shell, () => now)
  return { store, shell, expired }
}

const pages: Record<string, { items: ReturnType<typeof aNotice>[]; nextCursor: string | null }> = {
  first: { items: [aNotice('p', { pinned: true, publishedAt: '2026-11-01T00:00:00.000Z' }), aNotice('a'), aNotice('b', { read: true })], nextCursor: 'c2' },
  c2: { items: [aNotice('b', { read: true }), aNotice('c')], nextCursor: null },
}

function feedApi(unread = 3): FakeApi {
  return new FakeApi()
    .on('listMyNotices', (p) => pages[p.cursor ?? 'first']!)
    .on('unreadNoticeCount', () => ({ count: unread }))
}

describe('NoticeFeedStore', () => {
  it('loads the first page in the order the server gives (pinned first) and puts the unread count on the tab', async () => {
    const { store, shell } = setup(feedApi())
    await store.load()
    expect(store.items.map((n) => n.id)).toEqual(['p', 'a', 'b'])
    expect(store.list.status).toBe('ready')
    expect(store.unread).toBe(3)
    expect(shell.badge).toBe(3)
  })

  it('pages by cursor without repeating a notice, and stops at the end', async () => {
    const api = feedApi()
    const { store } = setup(api)
    await store.load()
    await store.loadMore()
    expect(store.items.map((n) => n.id)).toEqual(['p', 'a', 'b', 'c'])
    expect(store.list.hasMore).toBe(false)
    await store.loadMore()
    expect(api.calls.filter((c) => c.name === 'listMyNotices').map((c) => c.params)).toEqual([{ limit: 20 }, { cursor: 'c2', limit: 20 }])
  })

  it('marks a notice read: its dot goes and the badge counts one fewer, once', async () => {
    const { store, shell } = setup(feedApi(2))
    await store.load()
    store.markedRead('a')
    store.markedRead('a')
    expect(store.items.find((n) => n.id === 'a')?.read).toBe(true)
    expect(store.unread).toBe(1)
    expect(shell.badges).toEqual([2, 1])
  })

  it('removes the badge at zero', async () => {
    const { store, shell } = setup(feedApi(1))
    await store.load()
    store.markedRead('a')
    expect(shell.badge).toBe(0)
  })

  it('shows an error over an empty feed and keeps what it had when a refresh fails', async () => {
    const api = new FakeApi().failWith('listMyNotices', 100, '网络不可用，请检查网络后重试。').on('unreadNoticeCount', () => ({ count: 0 }))
    const { store } = setup(api)
    await store.load()
    expect(store.list.status).toBe('error')
    expect(store.list.error).toBe('网络不可用，请检查网络后重试。')
    api.on('listMyNotices', () => pages.first!)
    await store.refresh()
    expect(store.list.status).toBe('ready')
    api.failWith('listMyNotices', 100, '网络不可用，请检查网络后重试。')
    await store.refresh()
    expect(store.list.status).toBe('ready')
    expect(store.items).toHaveLength(3)
  })

  it('signs out when the session has lapsed', async () => {
    const api = new FakeApi().on('listMyNotices', () => {
      throw new ApiError(209, '登录已过期，请重新登录。')
    }).on('unreadNoticeCount', () => ({ count: 0 }))
    const { store, expired } = setup(api)
    await store.load()
    expect(expired).toHaveBeenCalled()
    expect(store.list.status).toBe('idle')
  })

  it("lists today's notices for care mode: taking effect today, or pinned or urgent", async () => {
    const api = new FakeApi()
      .on('listMyNotices', () => ({
        items: [
          aNotice('old', { publishedAt: '2026-11-20T00:00:00.000Z' }),
          aNotice('pin', { pinned: true, publishedAt: '2026-11-20T00:00:00.000Z' }),
          aNotice('urg', { urgent: true, publishedAt: '2026-11-19T00:00:00.000Z' }),
          // 23:30 in Shanghai on the 25th: yesterday there.
          aNotice('yday', { publishedAt: '2026-11-25T15:30:00.000Z' }),
          aNotice('today', { publishedAt: '2026-11-25T16:30:00.000Z' }),
          // Published days ago for today (a water cut announced in advance): it counts today.
          aNotice('due', { publishedAt: '2026-11-22T02:00:00.000Z', effectiveFrom: '2026-11-26T00:00:00.000Z' }),
          // Published today but taking effect tomorrow: not today's.
          aNotice('later', { publishedAt: '2026-11-26T01:00:00.000Z', effectiveFrom: '2026-11-27T00:00:00.000Z' }),
        ],
        nextCursor: null,
      }))
      .on('unreadNoticeCount', () => ({ count: 0 }))
    const { store } = setup(api)
    await store.load()
    expect(store.today.map((n) => n.id)).toEqual(['pin', 'urg', 'today', 'due'])
  })
})

describe('RootStore and live notices', () => {
  it('starts LiveQuery with the session on sign-in, reloads the feed on a signal, and stops on sign-out', async () => {
    const storage = new MemoryStorage()
    storage.set(SESSION_KEY, 'r:token')
    const signals = new FakeNoticeSignals()
    const noticeShell = new FakeNoticeShell()
    let unread = 0
    const api = feedApi()
      .on('me', () => aMe())
      .on('unreadNoticeCount', () => ({ count: unread }))
    const root = new RootStore({ api, storage, platform: new FakePlatform(), signals, noticeShell })
    await root.session.restore()
    expect(signals.token).toBe('r:token')
    unread = 4
    signals.signal()
    await new Promise((r) => setTimeout(r, 0))
    expect(api.calls.some((c) => c.name === 'listMyNotices')).toBe(true)
    expect(noticeShell.badge).toBe(4)
    await root.signOut()
    expect(signals.token).toBeNull()
    expect(signals.stopped).toBeGreaterThan(0)
    expect(noticeShell.badge).toBe(0)
  })
})
