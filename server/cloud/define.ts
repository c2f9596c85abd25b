/**
 * A typed Parse.Cloud.define: parameters and results follow types/api.ts, and every
 * function must carry a validator object (fields, requireUser, roles, rateLimit).
 */
import type { CloudFunctionName, CloudParams, CloudResult } from '../../types/api'
import type { RoleName } from '../../types/domain'
import { ROLE_LABELS } from '../../src/domain/roles'
import { registerFieldMessages, registerRoleMessage } from '../http/chinese-errors'
import { declareFunctionLimit, type FunctionLimit } from '../http/rate-limits'
import { Parse } from './parse'
import { runtime } from './runtime'

export interface FieldRule {
  type?: StringConstructor | NumberConstructor | BooleanConstructor | ObjectConstructor | ArrayConstructor
  required?: boolean
  options?: (value: unknown) => boolean
  error?: string
}

export interface Validator {
  requireUser?: boolean
  requireMaster?: boolean
  requireAnyUserRoles?: RoleName[]
  fields?: Record<string, FieldRule>
  rateLimit?: FunctionLimit
}

export interface CloudRequest<P> {
  params: P
  user: Parse.User | undefined
  master: boolean
  ip: string
  headers: Record<string, string | undefined>
}

type Handler<N extends CloudFunctionName> = (req: CloudRequest<CloudParams<N>>) => Promise<CloudResult<N>>

export function defineFunction<N extends CloudFunctionName>(name: N, validator: Validator, handler: Handler<N>): void {
  const define = Parse.Cloud.define as unknown as (
    name: string,
    handler: (req: CloudRequest<CloudParams<N>>) => Promise<CloudResult<N>>,
    validator: Validator,
  ) => void
  const messages: Record<string, string> = {}
  for (const [field, rule] of Object.entries(validator.fields ?? {})) if (rule.error) messages[field] = rule.error
  registerFieldMessages(name, messages)
  if (validator.requireAnyUserRoles?.length) {
    registerRoleMessage(name, `只有${validator.requireAnyUserRoles.map((r) => ROLE_LABELS[r]).join('或')}可以进行此操作。`)
  }
  // Parse would drop a validator's limit at start-up (issue 8684): server/http/rate-limits.ts
  // enforces it instead, per address and, when the function needs a user, per account.
  const { rateLimit, ...rest } = validator
  if (runtime().config.rateLimits && rateLimit) declareFunctionLimit(name, rateLimit, !!(rest.requireUser || rest.requireAnyUserRoles?.length))
  define(name, handler, rest)
}
