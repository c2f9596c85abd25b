import { makeAutoObservable, runInAction } from 'mobx'
import type { MessageItem } from '@contract/api-notify'
import type { PlatformPort } from '@/adapters/ports'
import { Mutation } from '@/stores/mutation'
import { PagedList } from '@/stores/paged-list'
import type { NotifyRepository } from '../notify-repository'

/** 我的消息: the list (newest first), the unread count shown on 我的, and marking read. */
export class MessageStore {
  readonly list: PagedList<MessageItem>
  /** Unread messages, from the server (the list may not be fully loaded). */
  unread = 0
  private readonly marking: Mutation

  constructor(
    private readonly repo: NotifyRepository,
    platform: PlatformPort,
  ) {
    this.list = new PagedList((cursor) => repo.messages(cursor), '消息加载失败，请下拉刷新重试。')
    this.marking = new Mutation({ platform })
    makeAutoObservable<MessageStore, 'repo' | 'marking'>(this, { list: false, repo: false, marking: false })
  }

  get markingAll(): boolean { return this.marking.busy }
  get items(): MessageItem[] { return this.list.items }

  /** The first page and the count. */
  async load(): Promise<void> {
    await Promise.all([this.list.load(), this.refreshUnread()])
  }

  async refresh(): Promise<void> {
    await Promise.all([this.list.refresh(), this.refreshUnread()])
  }

  loadMore(): Promise<void> {
    return this.list.loadMore()
  }

  /** Asks the server how many are unread (我的 shows it beside 我的消息). */
  async refreshUnread(): Promise<void> {
    try {
      const count = await this.repo.unreadCount()
      runInAction(() => (this.unread = Math.max(0, count)))
    } catch {
      // The count stays as it was.
    }
  }

  /** A message was tapped: it is read at once on screen, and on the server; returns the page it opens. */
  open(id: string): string | null {
    const item = this.items.find((m) => m.id === id)
    if (!item) return null
    if (!item.read) {
      this.list.update(id, (m) => ({ ...m, read: true }))
      this.unread = Math.max(0, this.unread - 1)
      this.repo.markRead([id]).catch(() => {
        // Not marked on the server: it shows as unread again at the next refresh, nothing lost.
      })
    }
    return item.page
  }

  /** 全部已读. */
  async markAllRead(): Promise<void> {
    await this.marking.run(async () => {
      await this.repo.markAllRead()
      runInAction(() => {
        for (const m of this.items) if (!m.read) this.list.update(m.id, (x) => ({ ...x, read: true }))
        this.unread = 0
      })
    })
  }

  reset(): void {
    this.list.reset()
    this.unread = 0
    this.marking.reset()
  }
}
