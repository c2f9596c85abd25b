import { action, computed, makeObservable, observable, runInAction } from 'mobx'
import { ApiError, userMessage } from '@/adapters/ports'
import { pullDown } from './pull-down'
import { StaleGuard } from './stale-guard'
import type { Loadable, LoadStatus } from './status'

/** What a screen shows when a load fails and the server gave no sentence of its own. */
export const LOAD_FAILED = '加载失败，请下拉刷新重试。'

/**
 * One thing loaded from the server: status, error sentence, pull-down refresh, reset. What is
 * shown stays while it reloads; a late answer of an earlier load (or of a load before reset) is dropped.
 */
export class Resource<T> implements Loadable {
  value: T | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  /** The Parse error code of the last failed load (a store may read 101 as "nothing here yet"). */
  errorCode: number | null = null
  refreshing = false
  private readonly guard = new StaleGuard()

  constructor(
    private readonly fetch: () => Promise<T>,
    private readonly failure: string = LOAD_FAILED,
  ) {
    // makeObservable, not makeAutoObservable: feature stores may extend a Resource (a list with counts).
    makeObservable(this, { value: observable, status: observable, error: observable, errorCode: observable, refreshing: observable, ready: computed, load: action, refresh: action, set: action, reset: action })
  }

  /** Loaded at least once and still shown. */
  get ready(): boolean {
    return this.status === 'ready'
  }

  /** Loads; the value on screen stays until the answer replaces it. */
  async load(): Promise<void> {
    const current = this.guard.next()
    if (this.value === null) this.status = 'loading'
    try {
      const value = await this.fetch()
      runInAction(() => {
        if (!current()) return
        this.value = value
        this.status = 'ready'
        this.error = null
        this.errorCode = null
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.error = userMessage(err, this.failure)
        this.errorCode = err instanceof ApiError ? err.code : null
        this.status = this.value === null ? 'error' : 'ready'
      })
    }
  }

  /** Pull-down refresh: loads again and keeps what is shown meanwhile. */
  refresh(): Promise<void> {
    return pullDown(this, () => this.load())
  }

  /** Replaces the value after a write the server confirmed (no reload needed). */
  set(value: T | null): void {
    this.value = value
  }

  /** Forgets the value and drops any answer still in flight (sign-out, another record opened). */
  reset(): void {
    this.guard.invalidate()
    this.value = null
    this.status = 'idle'
    this.error = null
    this.errorCode = null
    this.refreshing = false
  }
}
