/** The server's cloud API over HTTP, as the app calls it: to learn what the screen should show. */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'

export class CloudError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly appId: string,
  ) {}

  private async post(path: string, body: unknown, token?: string): Promise<unknown> {
    const headers: Record<string, string> = { 'X-Parse-Application-Id': this.appId, 'Content-Type': 'application/json' }
    if (token) headers['X-Parse-Session-Token'] = token
    const res = await fetch(`${this.baseUrl}/parse${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    const data = (await res.json()) as { code?: number; error?: string }
    if (!res.ok) throw new CloudError(data.code ?? res.status, `${path}: ${data.error ?? res.statusText}`)
    return data
  }

  async call<N extends CloudFunctionName>(name: N, params: CloudParams<N>, token?: string): Promise<CloudResult<N>> {
    const data = (await this.post(`/functions/${name}`, params, token)) as { result: CloudResult<N> }
    return data.result
  }

  async logout(token: string): Promise<void> {
    await this.post('/logout', {}, token)
  }

  /** Signs in a demo account, runs fn with its session, and ends that session. */
  async as<T>(phone: string, fn: (token: string) => Promise<T>): Promise<T> {
    const { sessionToken } = await this.call('demoLogin', { phone })
    try {
      return await fn(sessionToken)
    } finally {
      await this.logout(sessionToken)
    }
  }
}
