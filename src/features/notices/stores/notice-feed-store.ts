import { makeAutoObservable, runInAction } from 'mobx'
import type { NoticeListItem } from '@contract/domain'
import type { NoticeShellPort } from '@/adapters/ports'
import { dayOf, isoDay } from '@/domain/local-time'
import type { NoticesRepository } from '../notices-repository'
import { PagedList } from '@/stores/paged-list'

/** The 公告 tab: the merged feed (pinned first, as the server orders it) and the unread badge. */
export class NoticeFeedStore {
  readonly list: PagedList<NoticeListItem>
  /** Unread notices in the feed, from the server (the feed may not be fully loaded). */
  unread = 0

  constructor(
    private readonly repo: NoticesRepository,
    private readonly shell: NoticeShellPort,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.list = new PagedList((cursor) => repo.feed(cursor), '公告加载失败，请下拉刷新重试。')
    makeAutoObservable<NoticeFeedStore, 'repo' | 'shell' | 'now'>(this, { list: false, repo: false, shell: false, now: false })
  }

  get items(): NoticeListItem[] { return this.list.items }

  /** 长辈模式's 今日公告: taking effect today (or published today), or pinned or urgent (still in the feed, so still in effect). */
  get today(): NoticeListItem[] {
    const day = isoDay(this.now())
    return this.items.filter((n) => n.pinned || n.urgent || dayOf(n.effectiveFrom ?? n.publishedAt) === day)
  }

  /** The first page and the badge. */
  async load(): Promise<void> {
    await Promise.all([this.list.load(), this.refreshUnread()])
  }

  async refresh(): Promise<void> {
    await Promise.all([this.list.refresh(), this.refreshUnread()])
  }

  loadMore(): Promise<void> {
    return this.list.loadMore()
  }

  /** A new notice was announced (LiveQuery): the first page again, and the badge. */
  signalled(): void {
    void this.load()
  }

  /** Asks the server how many are unread and puts it on the tab. */
  async refreshUnread(): Promise<void> {
    try {
      const count = await this.repo.unreadCount()
      runInAction(() => this.setUnread(count))
    } catch {
      // The badge keeps its last count; the list shows the error.
    }
  }

  /** A notice was opened and marked read: its dot goes, and the badge counts one fewer. */
  markedRead(noticeId: string): void {
    const item = this.items.find((n) => n.id === noticeId)
    if (item && !item.read) this.setUnread(this.unread - 1)
    this.list.update(noticeId, (n) => ({ ...n, read: true }))
  }

  /** A notice was withdrawn or hidden: it leaves the feed. */
  removed(noticeId: string): void {
    this.list.remove(noticeId)
    void this.refreshUnread()
  }

  reset(): void {
    this.list.reset()
    this.setUnread(0)
  }

  private setUnread(count: number): void {
    this.unread = Math.max(0, count)
    this.shell.setBadge(this.unread)
  }
}
