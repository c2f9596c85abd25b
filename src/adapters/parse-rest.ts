/**
 * A small typed client for Parse's REST API. The Parse JS SDK for weapp would be over half
 * of the 2 MB main package; this speaks the same protocol in a few hundred bytes.
 */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'
import { ApiError, CONNECTION_FAILED, type ApiPort } from './ports'
import type { HttpSend } from './http'
import { ACCOUNT_MESSAGES } from '@/domain/account-messages'

export interface ParseRestOptions {
  serverUrl: string
  appId: string
  http: HttpSend
}

const OFFLINE = '网络不可用，请检查网络后重试。'
const SERVER_DOWN = '服务暂时不可用，请稍后再试。'

interface ParseErrorBody {
  code?: number
  error?: string
}

export class ParseRestClient implements ApiPort {
  private sessionToken: string | null = null

  constructor(private readonly opts: ParseRestOptions) {}

  setSessionToken(token: string | null): void {
    this.sessionToken = token
  }

  async call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>> {
    const data = await this.post(`/functions/${name}`, params)
    // A 2xx that is not Parse's JSON (a Wi-Fi login page, a proxy) would otherwise pass as an
    // undefined result: a session token of undefined, a home of undefined.
    if (typeof data !== 'object' || data === null) throw new ApiError(CONNECTION_FAILED, SERVER_DOWN)
    return (data as { result: CloudResult<N> }).result
  }

  async logout(): Promise<void> {
    if (!this.sessionToken) return
    try {
      await this.post('/logout', {})
    } finally {
      this.sessionToken = null
    }
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = {
      'X-Parse-Application-Id': this.opts.appId,
      'Content-Type': 'application/json',
    }
    if (this.sessionToken) h['X-Parse-Session-Token'] = this.sessionToken
    return h
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    let res
    try {
      res = await this.opts.http({ method: 'POST', url: `${this.opts.serverUrl}${path}`, headers: this.headers(), body })
    } catch {
      throw new ApiError(CONNECTION_FAILED, OFFLINE)
    }
    if (res.status >= 200 && res.status < 300) return res.data
    const err = (res.data ?? {}) as ParseErrorBody
    if (typeof err.code === 'number') throw new ApiError(err.code, translate(err.code, err.error))
    throw new ApiError(CONNECTION_FAILED, SERVER_DOWN)
  }
}

// Parse's own messages for these are English; people read a Chinese sentence instead.
function translate(code: number, message: string | undefined): string {
  if (code === 209) return ACCOUNT_MESSAGES.sessionExpired
  if (code === 142 && message && /login/i.test(message)) return '请先登录。'
  if (code === 119 && message && /permission|unauthorized/i.test(message)) return '您没有权限进行此操作。'
  if (message && /[\u4e00-\u9fa5]/.test(message)) return message
  return '操作失败，请稍后再试。'
}
