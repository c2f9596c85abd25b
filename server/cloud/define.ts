/**
 * A typed Parse.Cloud.define: parameters and results follow types/api.ts, and every
 * function must carry a validator object (requireUser, roles, master key, rateLimit).
 * Parse checks the caller (user, master key, roles); the params are checked here against the
 * function's schema in types/contract, before the handler runs, because Parse's own field
 * checks can leave a rejection unhandled (see check-fields).
 */
import type { CloudFunctionName, CloudParams, CloudResult } from '@contract/api'
import type { RoleName } from '@contract/domain'
import { ROLE_LABELS } from '@/domain/roles'
import { contract } from '@contract/contract'
import { checkParams } from './check-fields'
import { registerRoleMessage } from '../http/chinese-errors'
import { declareFunctionLimit, TOO_MANY, type FunctionLimit } from '../http/rate-limits'
import { Parse } from './parse'
import { runtime } from './runtime'
import { SERVER_TROUBLE } from '../http/crash-guard'

/** Who may call, and how often. The params' checks are the function's schema in types/contract. */
export interface Validator {
  requireUser?: boolean
  requireMaster?: boolean
  requireAnyUserRoles?: readonly RoleName[]
  rateLimit?: FunctionLimit
  /** Gone: a function's params are checked by its schema in types/contract. */
  fields?: never
}

/** A limit per minute, per address and (for functions that need a user) per account. */
export function perMinute(count: number): FunctionLimit {
  return { requestTimeWindow: 60_000, requestCount: count, errorResponseMessage: TOO_MANY }
}

export interface CloudRequest<P, U extends Parse.User | undefined = Parse.User | undefined> {
  params: P
  user: U
  master: boolean
  ip: string
  headers: Record<string, string | undefined>
}

/** The user a handler gets: certain when the function requires one (or a role), else maybe none. */
export type UserOf<V extends Validator> = V extends { requireUser: true } | { requireAnyUserRoles: readonly [RoleName, ...RoleName[]] } ? Parse.User : Parse.User | undefined

type Handler<N extends CloudFunctionName, U extends Parse.User | undefined> = (req: CloudRequest<CloudParams<N>, U>) => Promise<CloudResult<N>>

export function defineFunction<N extends CloudFunctionName, const V extends Validator>(name: N, declared: V, run: Handler<N, UserOf<V>>): void {
  const define = Parse.Cloud.define as unknown as (
    name: string,
    handler: (req: CloudRequest<unknown>) => Promise<CloudResult<N>>,
    validator: Omit<Validator, 'rateLimit'>,
  ) => void
  const validator: Validator = declared
  const schema = contract[name]
  const needsUser = !!(validator.requireUser || validator.requireAnyUserRoles?.length)
  // Parse has checked the caller by now; the handler only ever sees params that passed.
  const handler = async (req: CloudRequest<unknown>): Promise<CloudResult<N>> => {
    checkParams(schema, req.params)
    try {
      if (needsUser && !req.user) throw new Error(`${name} requires a user, and Parse let a call without one through`)
      // Checked just above: the schema passed, and the user is there when the function needs one.
      return await run(req as CloudRequest<CloudParams<N>, UserOf<V>>)
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
  if (runtime().config.rateLimits && rateLimit) declareFunctionLimit(name, rateLimit, needsUser)
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
