/**
 * Security headers through helmet: a Content-Security-Policy the H5 app and Parse Dashboard
 * really run under, no framing (clickjacking), nosniff, no referrer leaving the site, and HSTS
 * only where the site is served over TLS (production), since HSTS on plain HTTP locks browsers out.
 *
 * Both pages carry one small inline script (Taro's rem sizing; the dashboard's mount path), so
 * instead of 'unsafe-inline' the policy names those scripts by hash, computed from the HTML
 * actually served: a new build or dashboard version cannot silently break or widen the policy.
 */
import crypto from 'node:crypto'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import helmet from 'helmet'

/** sha256 sources of every inline script that a browser would execute in this HTML. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]
    if (/\bsrc\s*=/i.test(attrs)) continue
    // JSON data blocks (the dashboard's CSRF token) are not executed and need no source.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase()
    if (type && type !== 'text/javascript' && type !== 'module') continue
    hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`)
  }
  return [...new Set(hashes)]
}

/** Origins, besides the page's own, that pages may call: the API and LiveQuery when elsewhere. */
export function apiOrigins(urls: string[]): string[] {
  const origins = new Set<string>()
  for (const url of urls) {
    const { protocol, host, port } = new URL(url)
    // PORT=0 (tests) names no real origin; the page's own ('self') covers it.
    if (port === '0') continue
    origins.add(`${protocol}//${host}`)
    origins.add(`${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}`)
  }
  return [...origins]
}

export interface HeaderOptions {
  /** Serve Strict-Transport-Security (production is behind TLS). */
  hsts: boolean
  /** Origins besides the page's own that the page may call (the API and LiveQuery when elsewhere). */
  connectSrc: string[]
}

/**
 * Taro's H5 tab bar renders its items as <a href="javascript:;"> with a click handler: the
 * handler navigates, and the browser then runs the no-op URL, which a CSP without this would
 * block and report as a console error on every tab tap. 'unsafe-hashes' with the hash of that
 * exact URL allows only this no-op, no other javascript: URL or inline handler.
 */
const TARO_NOOP_LINK = `'sha256-${crypto.createHash('sha256').update('javascript:;', 'utf8').digest('base64')}'`

function policy(opts: HeaderOptions, scriptHashes: string[]): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes, "'unsafe-hashes'", TARO_NOOP_LINK],
        // Taro's web components and NutUI inject <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Uploaded images come from the API's signed file links, wherever the API is served.
        imgSrc: ["'self'", 'data:', 'blob:', ...opts.connectSrc],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...opts.connectSrc],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.hsts ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: opts.hsts ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  })
}

/** For the built H5 app: its index.html is read once, so its inline script hash is known. */
export function h5Headers(opts: HeaderOptions, indexHtml: string): RequestHandler {
  return policy(opts, inlineScriptHashes(indexHtml))
}

/**
 * For Parse Dashboard, whose HTML is made per request: the CSP header is completed with the
 * hashes of the inline scripts of the very page being sent.
 */
export function dashboardHeaders(opts: HeaderOptions): RequestHandler {
  const base = policy(opts, [])
  return (req: Request, res: Response, next: NextFunction) => {
    base(req, res, (err?: unknown) => {
      if (err) return next(err)
      const send = res.send.bind(res)
      res.send = (body?: unknown) => {
        const csp = res.getHeader('Content-Security-Policy')
        if (typeof body === 'string' && typeof csp === 'string' && /<script/i.test(body)) {
          const hashes = inlineScriptHashes(body)
          if (hashes.length) res.setHeader('Content-Security-Policy', csp.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`))
        }
        return send(body)
      }
      next()
    })
  }
}

/**
 * For Parse's API and its files: nothing there is a page, so it may not be framed or sniffed as
 * one. (No CSP: a PDF opened from /parse/files would lose the browser's PDF viewer under one.)
 */
export const apiHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', 'no-referrer')
  next()
}
