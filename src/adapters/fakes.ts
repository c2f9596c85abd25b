/** In-memory fakes of the ports, for unit tests of stores and components. */
import type { CloudFunctionName, CloudParams, CloudResult } from '../../types/api'
import { ApiError, type ApiPort, type PlatformPort, type StoragePort } from './ports'

type Handler<N extends CloudFunctionName> = (params: CloudParams<N>, token: string | null) => CloudResult<N> | Promise<CloudResult<N>>

export class FakeApi implements ApiPort {
  sessionToken: string | null = null
  readonly calls: Array<{ name: CloudFunctionName; params: unknown; token: string | null }> = []
  loggedOut = 0
  private handlers: Partial<{ [N in CloudFunctionName]: Handler<N> }> = {}

  on<N extends CloudFunctionName>(name: N, handler: Handler<N>): this {
    ;(this.handlers as Record<string, unknown>)[name] = handler
    return this
  }

  /** Makes the next calls of a function fail with this code and message. */
  failWith(name: CloudFunctionName, code: number, message: string): this {
    ;(this.handlers as Record<string, unknown>)[name] = () => {
      throw new ApiError(code, message)
    }
    return this
  }

  async call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>> {
    this.calls.push({ name, params, token: this.sessionToken })
    const handler = this.handlers[name] as Handler<N> | undefined
    if (!handler) throw new ApiError(141, `no fake for ${name}`)
    return handler(params, this.sessionToken)
  }

  async logout(): Promise<void> {
    this.loggedOut++
    this.sessionToken = null
  }

  setSessionToken(token: string | null): void {
    this.sessionToken = token
  }
}

export class MemoryStorage implements StoragePort {
  readonly data = new Map<string, string>()
  get(key: string) {
    return this.data.get(key) ?? null
  }
  set(key: string, value: string) {
    this.data.set(key, value)
  }
  remove(key: string) {
    this.data.delete(key)
  }
}

export class FakePlatform implements PlatformPort {
  readonly name = 'h5' as const
  readonly toasts: string[] = []
  readonly dialled: string[] = []
  loginCode: string | null = null
  async wechatLoginCode() {
    if (!this.loginCode) throw new Error('no WeChat here')
    return this.loginCode
  }
  async makePhoneCall(phone: string) {
    this.dialled.push(phone)
  }
  toast(message: string) {
    this.toasts.push(message)
  }
}
