/** Talks to the test server over HTTP exactly as the app does: Parse's REST API. */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'

export interface ParseErrorReply {
  code: number
  error: string
}

export type Reply<T> = { ok: true; status: number; result: T } | { ok: false; status: number; error: ParseErrorReply }

export class TestClient {
  constructor(
    readonly base: string,
    readonly appId = 'tongxin',
  ) {}

  headers(token?: string | null): Record<string, string> {
    return {
      'X-Parse-Application-Id': this.appId,
      'Content-Type': 'application/json',
      ...(token ? { 'X-Parse-Session-Token': token } : {}),
    }
  }

  /** Any REST call; the reply body is returned as parsed JSON. */
  async rest<T = unknown>(method: string, path: string, opts: { token?: string | null; body?: unknown } = {}): Promise<Reply<T>> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: this.headers(opts.token),
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
    const body = (await res.json()) as T & Partial<ParseErrorReply>
    if (res.ok) return { ok: true, status: res.status, result: body }
    return { ok: false, status: res.status, error: { code: body.code ?? -1, error: body.error ?? '' } }
  }

  /** A cloud function; params may be deliberately malformed to test validators. */
  async call<N extends CloudFunctionName>(name: N, params: CloudParams<N> | Record<string, unknown>, token?: string | null): Promise<Reply<CloudResult<N>>> {
    const reply = await this.rest<{ result: CloudResult<N> }>('POST', `/functions/${name}`, { token, body: params })
    return reply.ok ? { ok: true, status: reply.status, result: reply.result.result } : reply
  }

  /** Calls and expects success; a failure throws with the server's message. */
  async ok<N extends CloudFunctionName>(name: N, params: CloudParams<N>, token?: string | null): Promise<CloudResult<N>> {
    const reply = await this.call(name, params, token)
    if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code} ${reply.error.error}`)
    return reply.result
  }

  /** A cloud function called with the master key (operations: runJobs, setTestClock). */
  async master<N extends CloudFunctionName>(name: N, params: CloudParams<N>, masterKey: string): Promise<CloudResult<N>> {
    const res = await fetch(`${this.base}/functions/${name}`, {
      method: 'POST',
      headers: { ...this.headers(), 'X-Parse-Master-Key': masterKey },
      body: JSON.stringify(params),
    })
    const body = (await res.json()) as { result: CloudResult<N>; error?: string; code?: number }
    if (!res.ok) throw new Error(`${name} failed: ${body.code} ${body.error}`)
    return body.result
  }

  async login(phone: string): Promise<string> {
    return (await this.ok('demoLogin', { phone })).sessionToken
  }
}

/** Asserts a reply failed, and returns its error for further expectations. */
export function failure<T>(reply: Reply<T>): ParseErrorReply {
  if (reply.ok) throw new Error(`expected a failure, got ${JSON.stringify(reply.result)}`)
  return reply.error
}

/** True when a message is a Chinese sentence (what people see), not Parse's English. */
export function isChinese(message: string): boolean {
  return /[\u4e00-\u9fa5]/.test(message) && !/Validation failed|Permission denied/i.test(message)
}
