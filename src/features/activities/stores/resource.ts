import { makeAutoObservable, runInAction } from 'mobx'
import { isSessionExpired, userMessage } from '../../../adapters/ports'

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error'

/** One thing loaded from the server with its loading and error states; late answers are dropped. */
export class Resource<T> {
  value: T | null = null
  status: ResourceStatus = 'idle'
  error: string | null = null
  private generation = 0

  constructor(
    private readonly onSessionExpired: () => void,
    private readonly failure: string,
  ) {
    makeAutoObservable<Resource<T>, 'onSessionExpired' | 'failure' | 'generation'>(this, { onSessionExpired: false, failure: false, generation: false })
  }

  /** Loads with fetch; what is shown stays while it reloads. */
  async load(fetch: () => Promise<T>, keep = true): Promise<void> {
    const generation = ++this.generation
    if (!keep) this.value = null
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
      runInAction(() => {
        if (generation !== this.generation) return
        if (isSessionExpired(err)) this.onSessionExpired()
        this.error = userMessage(err, this.failure)
        if (this.value === null) this.status = 'error'
      })
    }
  }

  set(value: T | null): void {
    this.value = value
  }

  reset(): void {
    this.generation++
    this.value = null
    this.status = 'idle'
    this.error = null
  }
}
