/**
 * A typed Parse.Cloud.define: parameters and results follow types/api.ts, and every
 * function must carry a validator object (fields, requireUser, roles, rateLimit).
 * Parse checks the caller (user, master key, roles); the fields are checked here, before the
 * handler runs, because Parse's own field checks can leave a rejection unhandled (see check-fields).
 */
import type { CloudFunctionName, CloudParams, CloudResult } from '../../types/api'
import type { RoleName } from '../../types/domain'
import { ROLE_LABELS } from '../../src/domain/roles'
import { checkFields, type FieldRule } from './check-fields'
import { registerRoleMessage } from '../http/chinese-errors'
import { declareFunctionLimit, type FunctionLimit } from '../http/rate-limits'
import { Parse } from './parse'
import { runtime } from './runtime'
import { SERVER_TROUBLE } from '../http/crash-guard'

export type { FieldRule } from './check-fields'

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

export function defineFunction<N extends CloudFunctionName>(name: N, declared: Validator, run: Handler<N>): void {
  const define = Parse.Cloud.define as unknown as (
    name: string,
    handler: (req: CloudRequest<CloudParams<N>>) => Promise<CloudResult<N>>,
    validator: Validator,
  ) => void
  const { fields = {}, ...validator } = declared
  // Parse has checked the caller by now; the handler only ever sees params that passed.
  const handler: Handler<N> = async (req) => {
    checkFields(fields, req.params)
    try {
      return await run(req)
    } catch (err) {
      throw serverTrouble(name, err)
    }
  }
  if (validator.requireAnyUserRoles?.length) {
    registerRoleMessage(name, `只有${validator.requireAnyUserRoles.map((r) => ROLE_LABELS[r]).join('或')}可以进行此操作。`)
  }
  // Parse would drop a validator's limit at start-up (issue 8684): server/http/rate-limits.ts
  // enforces it instead, per address and, when the function needs a user, per account.
  const { rateLimit, ...rest } = validator
  if (runtime().config.rateLimits && rateLimit) declareFunctionLimit(name, rateLimit, !!(rest.requireUser || rest.requireAnyUserRoles?.length))
  define(name, handler, rest)
}

/**
 * A Parse.Error is an answer meant for the caller. Anything else is a bug: the caller gets a
 * 500 with a Chinese sentence (never the bug's English message, which may name tables or
 * values), and the log gets the details.
 */
function serverTrouble(name: string, err: unknown): unknown {
  if (err instanceof Parse.Error) return err
  console.error(`cloud function ${name} failed:`, err)
  return new Parse.Error(Parse.Error.INTERNAL_SERVER_ERROR, SERVER_TROUBLE)
}
