import { makeAutoObservable, runInAction } from 'mobx'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { StaleGuard } from './stale-guard'

/** What a write says when it fails and the server gave no sentence of its own. */
export const ACTION_FAILED = '操作失败，请稍后再试。'

export interface MutationOptions {
  /** Shows the success sentence and, unless toastErrors is false, the error sentence. */
  platform?: PlatformPort
  /** The error sentence when the server gave none. */
  failure?: string
  /** Toast the error sentence too (default true when there is a platform). */
  toastErrors?: boolean
  /** The error toast's kind: 'error' (default) or a plain 'none'. */
  errorKind?: 'error' | 'none'
}

export interface RunOptions<R> {
  /** Toasted (kind success) after the action succeeds; a function may pick the sentence from the result. */
  success?: string | ((result: R) => string | null | undefined)
  /** The error sentence for this action when the server gave none. */
  failure?: string
}

/**
 * One kind of write: a busy flag that refuses a second tap while the first runs, the success
 * toast, and the error sentence (kept in `error`, toasted when the platform is given). A reset
 * (sign-out, a lapsed session) silences the run in flight: its failure is neither kept nor toasted.
 */
export class Mutation {
  busy = false
  error: string | null = null

  private readonly guard = new StaleGuard()

  constructor(private readonly options: MutationOptions = {}) {
    makeAutoObservable<Mutation, 'options' | 'guard'>(this, { options: false, guard: false })
  }

  /** Runs the action unless one is running; resolves with its result, or null when it did not run or failed. */
  async run<R>(action: () => Promise<R>, opts: RunOptions<R> = {}): Promise<R | null> {
    if (this.busy) return null
    const current = this.guard.next()
    this.busy = true
    this.error = null
    try {
      const result = await action()
      const done = typeof opts.success === 'function' ? opts.success(result) : opts.success
      if (done) this.options.platform?.toast(done, 'success')
      return result
    } catch (err) {
      if (!current()) return null
      const message = userMessage(err, opts.failure ?? this.options.failure ?? ACTION_FAILED)
      runInAction(() => (this.error = message))
      if (this.options.toastErrors !== false) this.options.platform?.toast(message, this.options.errorKind ?? 'error')
      return null
    } finally {
      // After a reset a newer run may own the flag.
      runInAction(() => {
        if (current()) this.busy = false
      })
    }
  }

  /** Clears the error sentence (the person changed something). */
  clearError(): void {
    this.error = null
  }

  /** Shows a sentence without running (a rule the form broke); resolves null like a failed run. */
  refuse(message: string): Promise<null> {
    this.error = message
    return Promise.resolve(null)
  }

  /** Forgets the error and the busy flag; a run still in flight may no longer report its failure. */
  reset(): void {
    this.guard.invalidate()
    this.busy = false
    this.error = null
  }
}
