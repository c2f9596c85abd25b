import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'
import { ApiError, INVALID_SESSION, type ApiPort } from './ports'

/**
 * The one place a lapsed session is noticed: any call answered with 209 (invalid session token)
 * calls onExpired (RootStore signs out and clears personal stores), then rejects as usual with
 * its Chinese sentence, so stores treat it like any failed call. Calls still in flight with the
 * same lapsed token do not call onExpired again once the session has been cleared.
 */
export class SessionGuardedApi implements ApiPort {
  private token: string | null = null

  constructor(
    private readonly inner: ApiPort,
    private readonly onExpired: () => void,
  ) {}

  call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>> {
    const token = this.token
    const answer = this.inner.call(name, params)
    // Watches the answer rather than wrapping it: callers get the very same promise, settled in the
    // same tick, and this watcher (registered first) signs out before any caller's catch runs.
    answer.catch((err: unknown) => {
      if (err instanceof ApiError && err.code === INVALID_SESSION && token === this.token) this.onExpired()
    })
    return answer
  }

  /** Ending the session on purpose is not a lapse: a 209 here is the caller's to ignore. */
  logout(): Promise<void> {
    return this.inner.logout()
  }

  setSessionToken(token: string | null): void {
    this.token = token
    this.inner.setSessionToken(token)
  }
}

/** Wraps the API port so a lapsed session is handled once, here, and never by a store. */
export function withSessionExpiry(api: ApiPort, onExpired: () => void): ApiPort {
  return new SessionGuardedApi(api, onExpired)
}
