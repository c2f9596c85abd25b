import { makeAutoObservable, runInAction } from 'mobx'
import { isSessionExpired, userMessage } from '../../../adapters/ports'

/** One thing loaded from the server with its loading and error states; a late answer of an earlier load is dropped. */
export class Loader<T> {
  value: T | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error: string | null = null
  private generation = 0

  constructor(
    private readonly onSessionExpired: () => void,
    private readonly failure = '加载失败，请下拉刷新重试。',
  ) {
    makeAutoObservable<Loader<T>, 'onSessionExpired' | 'failure' | 'generation'>(this, { onSessionExpired: false, failure: false, generation: false })
  }

  /** Loads; what is on screen stays while it reloads. */
  async run(fetch: () => Promise<T>): Promise<void> {
    const generation = ++this.generation
    if (this.value === null) this.status = 'loading'
    try {
      const value = await fetch()
      runInAction(() => {
        if (generation !== this.generation) return
        this.value = value
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => {
        if (generation !== this.generation) return
        this.error = userMessage(err, this.failure)
        this.status = this.value === null ? 'error' : 'ready'
      })
    }
  }

  reset(): void {
    this.generation++
    this.value = null
    this.status = 'idle'
    this.error = null
  }
}
