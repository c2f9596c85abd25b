/**
 * Rate limits of cloud functions, declared once with each function (its validator's rateLimit)
 * and enforced here, inside Parse's own pipeline (after it has resolved the session), per
 * address and, for functions that need a user, per account too.
 *
 * Why not Parse's own limits:
 * - a validator's rateLimit is dropped when cloud code loads at start-up (Parse issue 8684:
 *   ParseServer.start() puts back the config it had before the cloud code added its limits);
 * - Parse's `rateLimit` option with `redisUrl` gives every route its own Redis connection and
 *   the same key prefix ("rl:" + address), so all limits of one address share one counter;
 * - Parse exempts only a request whose address is exactly "127.0.0.1", which a dual-stack
 *   listener never sees ("::ffff:127.0.0.1"), so every local tool would be limited instead.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'
import { RedisStore, type RedisReply } from 'rate-limit-redis'
import { createClient } from 'redis'

export const TOO_MANY = '操作太频繁，请稍后再试。'
/** The code Parse itself answers a rate-limited request with (Parse.Error.CONNECTION_FAILED). */
const RATE_LIMITED_CODE = 100
const OPERATION_FORBIDDEN = 119

export interface FunctionLimit {
  requestTimeWindow: number
  requestCount: number
  errorResponseMessage?: string
}

interface Declared {
  limit: FunctionLimit
  /** The function needs a signed-in user: limit each account as well as each address. */
  perUser: boolean
}

const declared = new Map<string, Declared>()

/** Called by defineFunction for every function that declares a rateLimit. */
export function declareFunctionLimit(name: string, limit: FunctionLimit, perUser: boolean): void {
  declared.set(name, { limit, perUser })
}

/** What was declared, for tests and the start-up check. */
export function declaredFunctionLimits(): ReadonlyMap<string, Readonly<Declared>> {
  return declared
}

/** What Parse has put on the request by the time its requestContextMiddleware runs. */
interface ParseRequest extends Request {
  auth?: { isMaster?: boolean; isMaintenance?: boolean; user?: { id?: string } }
}

/** The client's address without the IPv4-in-IPv6 prefix a dual-stack listener adds. */
export function clientAddress(req: Request): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? ''
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip
}

/**
 * Requests from this host itself (operators' scripts, the test suite, a proxy without
 * TRUST_PROXY) are not limited, as Parse intends; every other address is, 127.0.0.2 included.
 */
export function isLocalHost(address: string): boolean {
  return address === '127.0.0.1' || address === '::1'
}

const FUNCTION_PATH = /^\/functions\/([^/]+)\/?$/i

function functionName(path: string): string | null {
  const m = FUNCTION_PATH.exec(path)
  if (!m) return null
  try {
    return decodeURIComponent(m[1])
  } catch {
    return null
  }
}

function refuse(res: Response, status: number, code: number, error: string): void {
  res.status(status).json({ code, error })
}

export interface FunctionRateLimits {
  middleware: RequestHandler
  close(): Promise<void>
}

/** Builds the middleware; with redisUrl the counters live in Redis and hold across instances. */
export function functionRateLimits(opts: { redisUrl?: string | null; onError?: (message: string) => void }): FunctionRateLimits {
  const redis = opts.redisUrl ? createClient({ url: opts.redisUrl }) : null
  if (redis) {
    // A lost connection is reported and retried by the client; requests wait for it.
    redis.on('error', (err: Error) => opts.onError?.(`rate limits: Redis error: ${err.message}`))
  }
  const connected = redis ? redis.connect().then(() => undefined) : Promise.resolve()
  connected.catch(() => undefined)

  const store = (prefix: string): Store | undefined =>
    redis
      ? new RedisStore({
          prefix,
          sendCommand: async (...args: string[]) => {
            await connected
            return (await redis.sendCommand(args)) as RedisReply
          },
        })
      : undefined

  const limiters = new Map<string, RequestHandler[]>()
  const limitersFor = (name: string, d: Declared): RequestHandler[] => {
    const cached = limiters.get(name)
    if (cached) return cached
    const message = d.limit.errorResponseMessage ?? TOO_MANY
    const common = {
      windowMs: d.limit.requestTimeWindow,
      limit: d.limit.requestCount,
      standardHeaders: 'draft-7' as const,
      legacyHeaders: false,
      handler: (_req: Request, res: Response) => refuse(res, 429, RATE_LIMITED_CODE, message),
      // Errors of the store (Redis down) must not let every request through unlimited,
      // nor take the process down: express-rate-limit passes them to next() and Parse answers 500.
      passOnStoreError: false,
      // Made on a function's first call, not at start-up: the declarations arrive with cloud
      // code, after Parse is built. Made once per function all the same (the map above), which
      // is what this check of express-rate-limit guards against; it would log on every first call.
      validate: { creationStack: false },
    }
    const byAddress = rateLimit({
      ...common,
      store: store(`tongxin:rl:${name}:ip:`),
      keyGenerator: (req) => ipKeyGenerator(clientAddress(req)),
    })
    const list = [byAddress]
    if (d.perUser) {
      list.push(
        rateLimit({
          ...common,
          store: store(`tongxin:rl:${name}:user:`),
          keyGenerator: (req) => (req as ParseRequest).auth?.user?.id ?? '',
          skip: (req) => !(req as ParseRequest).auth?.user?.id,
        }),
      )
    }
    limiters.set(name, list)
    return list
  }

  const middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const auth = (req as ParseRequest).auth
    if (auth?.isMaster || auth?.isMaintenance || isLocalHost(clientAddress(req))) return next()
    if (/^\/batch\/?$/i.test(req.path) && batchCallsFunction(req.body)) {
      // The app never batches function calls; a batch would run them past the limits.
      return refuse(res, 400, OPERATION_FORBIDDEN, '批量请求不能调用云函数，请逐个调用。')
    }
    const name = functionName(req.path)
    const d = name ? declared.get(name) : undefined
    if (!name || !d) return next()
    const chain = limitersFor(name, d)
    const run = (i: number): void => {
      if (i === chain.length) return next()
      void chain[i](req, res, (err?: unknown) => (err ? next(err) : run(i + 1)))
    }
    run(0)
  }

  return {
    middleware,
    async close() {
      if (redis?.isOpen) await redis.quit().catch(() => undefined)
    },
  }
}

function batchCallsFunction(body: unknown): boolean {
  const requests = (body as { requests?: unknown } | undefined)?.requests
  if (!Array.isArray(requests)) return false
  return requests.some((r) => typeof (r as { path?: unknown })?.path === 'string' && /\/functions\//i.test((r as { path: string }).path))
}
