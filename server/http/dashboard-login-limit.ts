/**
 * Parse Dashboard holds the master key, and its login form takes any number of guesses. This
 * counts failed logins per address and answers 429 once there were too many in the window.
 * Parse Dashboard (passport-local, failureRedirect) answers a wrong password with a redirect
 * back to its login page and a right one with a redirect elsewhere; a refused CSRF token is a 403.
 * Unlike the API's limits this does not exempt this host: a guess from here is still a guess.
 */
import type { Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import { clientAddress } from './rate-limits'

export interface DashboardLoginLimit {
  /** Failed logins allowed per address and window. */
  failures: number
  windowMs: number
}

export const DASHBOARD_LOGIN_LIMIT: DashboardLoginLimit = { failures: 5, windowMs: 15 * 60_000 }

/** True when the dashboard's answer to POST /login means the password was refused. */
export function isFailedLogin(res: Response, mountPath: string): boolean {
  if (res.statusCode >= 400) return true
  const location = res.getHeader('Location')
  return res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string' && location.startsWith(`${mountPath}/login`)
}

/** Mounted at the dashboard's path, before the dashboard itself. */
export function dashboardLoginLimit(mountPath: string, opts: DashboardLoginLimit = DASHBOARD_LOGIN_LIMIT): RequestHandler {
  const limiter = rateLimit({
    windowMs: opts.windowMs,
    limit: opts.failures,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(clientAddress(req)),
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req: Request, res: Response) => !isFailedLogin(res, mountPath),
    handler: (_req: Request, res: Response) => {
      res.status(429).type('text/plain; charset=utf-8').send(`登录失败次数过多，请 ${Math.ceil(opts.windowMs / 60_000)} 分钟后再试。`)
    },
  })
  return (req, res, next) => (req.method === 'POST' && /^\/login\/?$/i.test(req.path) ? limiter(req, res, next) : next())
}
