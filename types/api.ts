/**
 * The cloud API contract: every cloud function's parameters and result.
 * The client's REST adapter and the server's cloud code are both typed by this map,
 * so a change here breaks whichever side has not followed.
 */
import type { HomeInfo, Me } from './domain'

export interface CloudFunctions {
  demoLogin: { params: { phone: string }; result: { sessionToken: string } }
  wechatLogin: { params: { code: string }; result: { sessionToken: string; isNew: boolean } }
  myHome: { params: Record<string, never>; result: HomeInfo }
  me: { params: Record<string, never>; result: Me }
  callContact: {
    params: { kind: 'steward' | 'gridLeader' }
    result: { phone: string }
  }
}

export type CloudFunctionName = keyof CloudFunctions
export type CloudParams<N extends CloudFunctionName> = CloudFunctions[N]['params']
export type CloudResult<N extends CloudFunctionName> = CloudFunctions[N]['result']

/** Parse's error codes that this app uses, named. */
export const ErrorCodes = {
  OBJECT_NOT_FOUND: 101,
  INVALID_QUERY: 102,
  SCRIPT_FAILED: 141,
  VALIDATION_ERROR: 142,
  INVALID_SESSION_TOKEN: 209,
  OPERATION_FORBIDDEN: 119,
  CONNECTION_FAILED: 100,
  RATE_LIMITED: 429,
} as const
