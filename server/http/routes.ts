/**
 * The one allow-list of REST routes. The app's client only calls cloud functions, logs out,
 * reads files and listens on LiveQuery (a WebSocket that never passes through Express), so every
 * other route Parse offers (classes, users, login, sessions, roles, installations, batch,
 * aggregate, schemas, config, hooks, jobs, push, purge, file uploads, password reset, ...) is
 * closed to anyone without the master key. Parse still enforces masterKeyIps for requests that
 * pass here with the key. Decisions and the tests that prove them: docs/security.md.
 */
import crypto from 'node:crypto'
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { answerBodyError } from './json-body'

export interface OpenRoute {
  methods: readonly string[]
  /** Matched against the raw path below /parse: no decoding, no folding of case or slashes. */
  pattern: RegExp
  why: string
}

/**
 * The routes a client without the master key may use. Patterns are strict on purpose: a path
 * the app never sends (encoded, doubled slashes, a trailing slash, other case) is refused rather
 * than normalised, so no spelling can reach a route Parse would match more loosely.
 */
export function openRoutes(appId: string): OpenRoute[] {
  const app = appId.replace(/[^A-Za-z0-9_-]/g, '')
  return [
    { methods: ['POST'], pattern: /^\/functions\/[A-Za-z][A-Za-z0-9_]{0,63}$/, why: 'Every read and write of the app goes through a cloud function with a validator.' },
    { methods: ['POST'], pattern: /^\/logout$/, why: 'Signing out deletes the caller’s own session.' },
    { methods: ['GET', 'HEAD'], pattern: /^\/health$/, why: 'Readiness for a load balancer (503 until the database, schema, seed and jobs are ready); says nothing about data.' },
    { methods: ['GET', 'HEAD'], pattern: /^\/live$/, why: 'Liveness for a load balancer: the process answers.' },
    {
      methods: ['GET', 'HEAD'],
      // Stored names are a hex prefix and a sanitised name; a dot-only name or an encoded slash never is.
      pattern: new RegExp(`^/files/${app}/(?!\\.)[A-Za-z0-9._~-]{1,200}$`),
      why: 'Photos and PDFs the app shows; who may read which file is checked by the file-access middleware.',
    },
  ]
}

/** The same decision in Parse's own routeAllowList form (regexes on the path, any method), for defence in depth. */
export const PARSE_ROUTE_ALLOW_LIST = ['functions/[A-Za-z][A-Za-z0-9_]{0,63}', 'logout', 'health', 'live']

export const ROUTE_CLOSED = '该接口不对客户端开放，请使用小程序内的功能。'
const OPERATION_FORBIDDEN = 119

/** Keys Parse reads from a request body as if they were headers (the JS SDK's envelope). */
const ENVELOPE_KEYS = ['_method', '_ApplicationId', '_JavaScriptKey', '_ClientVersion', '_InstallationId', '_SessionToken', '_MasterKey', '_context', '_ContentType', '_RevocableSession']
const OVERRIDE_HEADERS = ['x-http-method-override', 'x-http-method', 'x-method-override']

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value).digest()
}

/** Constant-time comparison: the time taken says nothing about how much of the key was right. */
export function sameKey(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false
  return crypto.timingSafeEqual(digest(given), digest(expected))
}

export function isOpenRoute(routes: OpenRoute[], method: string, path: string): boolean {
  return routes.some((r) => r.methods.includes(method) && r.pattern.test(path))
}

function refuse(res: Response): void {
  res.status(403).json({ code: OPERATION_FORBIDDEN, error: ROUTE_CLOSED })
}

function bodyObject(body: unknown): Record<string, unknown> | null {
  if (Buffer.isBuffer(body)) {
    try {
      return bodyObject(JSON.parse(body.toString('utf8')))
    } catch {
      return null
    }
  }
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
}

export interface RouteAllowListOptions {
  appId: string
  masterKey: string
  /** The same limit as Parse's maxUploadSize, so a body Parse would take is read here too. */
  maxBodySize: string
}

/**
 * Mounted at /parse in front of Parse. Reads the body first (Parse accepts the master key and a
 * method override inside it), keeping it as Parse's own parsers would leave it: JSON for the API,
 * a Buffer below /files so an upload with the key still reaches Parse's file router intact.
 */
export function routeAllowList(opts: RouteAllowListOptions): RequestHandler {
  const routes = openRoutes(opts.appId)
  const json = express.json({ type: () => true, limit: opts.maxBodySize })
  const raw = express.raw({ type: () => true, limit: opts.maxBodySize })
  return (req: Request, res: Response, next: NextFunction) => {
    if (sameKey(req.get('X-Parse-Master-Key'), opts.masterKey)) return next()
    const parse = req.path.toLowerCase().startsWith('/files/') ? raw : json
    parse(req, res, (err?: unknown) => {
      // The JSON of the API is parsed (depth-checked) by jsonBody before this; what is left are
      // other content types, which fail here like any malformed body.
      if (err) return answerBodyError(err, res, next)
      const body = bodyObject(req.body)
      if (body && sameKey(body._MasterKey, opts.masterKey)) return next()
      if (OVERRIDE_HEADERS.some((h) => req.headers[h] !== undefined)) return refuse(res)
      if (body && ENVELOPE_KEYS.some((k) => Object.prototype.hasOwnProperty.call(body, k))) return refuse(res)
      // A browser's CORS preflight carries no credentials; answer it only where the real call may go.
      const method = req.method === 'OPTIONS' ? String(req.get('Access-Control-Request-Method') ?? '').toUpperCase() : req.method
      if (!isOpenRoute(routes, method, req.path)) return refuse(res)
      next()
    })
  }
}
