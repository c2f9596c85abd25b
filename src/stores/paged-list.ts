import { makeAutoObservable, runInAction } from 'mobx'
import { userMessage } from '@/adapters/ports'
import { LOAD_FAILED } from './resource'
import { pullDown } from './pull-down'
import { StaleGuard } from './stale-guard'
import type { Loadable, LoadStatus } from './status'

/** One page of a list paged by cursor, as cloud functions return it. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * A list paged by cursor: first page, pull-down refresh, more at the bottom; late answers of a
 * reset are dropped. Shared by features (notices, the staff review queue), hence outside them.
 */
export class PagedList<T extends { id: string }> implements Loadable {
  items: T[] = []
  nextCursor: string | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  refreshing = false
  loadingMore = false
  private readonly guard = new StaleGuard()

  constructor(
    private readonly fetch: (cursor: string | null) => Promise<Page<T>>,
    private readonly failure = LOAD_FAILED,
    private readonly moreFailure = failure,
  ) {
    makeAutoObservable<PagedList<T>, 'fetch' | 'guard' | 'failure' | 'moreFailure'>(this, {
      fetch: false,
      guard: false,
      failure: false,
      moreFailure: false,
    })
  }

  get hasMore(): boolean {
    return this.nextCursor !== null
  }

  /** The first page; what is on screen stays while it loads. */
  async load(): Promise<void> {
    const current = this.guard.next()
    if (this.items.length === 0) this.status = 'loading'
    try {
      const page = await this.fetch(null)
      runInAction(() => {
        if (!current()) return
        this.items = page.items
        this.nextCursor = page.nextCursor
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (current()) this.failed(err)
      })
    }
  }

  /** Pull-down refresh: loads the first page again and keeps what is shown meanwhile. */
  refresh(): Promise<void> {
    return pullDown(this, () => this.load())
  }

  /** The next page, appended; items already shown are not repeated. */
  async loadMore(): Promise<void> {
    const cursor = this.nextCursor
    if (!cursor || this.loadingMore || this.status !== 'ready') return
    const current = this.guard.current()
    this.loadingMore = true
    try {
      const page = await this.fetch(cursor)
      runInAction(() => {
        if (!current()) return
        const seen = new Set(this.items.map((i) => i.id))
        this.items = [...this.items, ...page.items.filter((i) => !seen.has(i.id))]
        this.nextCursor = page.nextCursor
      })
    } catch (err) {
      runInAction(() => {
        if (current()) this.failed(err, this.moreFailure)
      })
    } finally {
      runInAction(() => (this.loadingMore = false))
    }
  }

  /** Changes one item in place (read, withdrawn). */
  update(id: string, change: (item: T) => T): void {
    this.items = this.items.map((i) => (i.id === id ? change(i) : i))
  }

  remove(id: string): void {
    this.items = this.items.filter((i) => i.id !== id)
  }

  reset(): void {
    this.guard.invalidate()
    this.items = []
    this.nextCursor = null
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.loadingMore = false
  }

  private failed(err: unknown, fallback = this.failure): void {
    this.error = userMessage(err, fallback)
    this.status = this.items.length > 0 ? 'ready' : 'error'
  }
}
