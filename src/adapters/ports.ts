/** The ports: what stores need from the outside world. Only src/adapters implements them. */
import type { CloudFunctionName, CloudParams, CloudResult } from '../../types/api'

/** An error the app can show: a Parse error code and a short Chinese sentence. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Parse's "invalid session token": the stored session is gone and the user must sign in again. */
export const INVALID_SESSION = 209
/** No network, or the server did not answer. */
export const CONNECTION_FAILED = 100

export interface ApiPort {
  /** Calls a cloud function with the current session. */
  call<N extends CloudFunctionName>(name: N, params: CloudParams<N>): Promise<CloudResult<N>>
  /** Ends the session on the server. */
  logout(): Promise<void>
  setSessionToken(token: string | null): void
}

export interface StoragePort {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

export type PlatformName = 'weapp' | 'h5'

export interface PlatformPort {
  readonly name: PlatformName
  /** A one-time WeChat login code (wx.login); rejects where there is no WeChat. */
  wechatLoginCode(): Promise<string>
  makePhoneCall(phone: string): Promise<void>
  toast(message: string, kind?: 'success' | 'error' | 'none'): void
}
