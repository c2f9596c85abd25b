/**
 * JSON request bodies, parsed before Parse sees them so that a hostile shape is a 4xx.
 *
 * Parse decodes function params recursively, and logs them with JSON.stringify: a body nested a
 * few thousand levels deep (`[[[[…]]]]`, a few kilobytes) overflowed the stack and answered 500.
 * This parser has Parse's own settings (every type but multipart, the same size limit), so Parse
 * finds the body parsed and skips its own parser; it refuses bodies nested deeper than any
 * request of the app, and answers malformed or oversized bodies in Chinese.
 */
import express, { type NextFunction, type Request, type Response } from 'express'

/** Far deeper than any real request (a welfare budget nests four levels), far below the stack's limit. */
export const MAX_JSON_DEPTH = 32

const INVALID_JSON = 107
const OBJECT_TOO_LARGE = 130

/** How deeply a JSON text nests its arrays and objects, read without parsing; stops past `limit`. */
export function jsonDepth(buf: Buffer, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped byte
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth++
      if (depth > max) max = depth
      if (max > limit) return max
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}

class TooDeep extends Error {
  readonly status = 400
}

interface BodyError {
  status?: number
  type?: string
}

/**
 * Answers a body parser's error in Chinese (413 too large, 400 malformed or too deep); other
 * errors go on to `next`. The one mapping for every parser in front of Parse.
 */
export function answerBodyError(err: unknown, res: Response, next: NextFunction): void {
  const e = err as BodyError
  if (e.status === 413 || e.type === 'entity.too.large') {
    res.status(413).json({ code: OBJECT_TOO_LARGE, error: '内容太大了，请压缩或分开后再试。' })
  } else if (err instanceof TooDeep || (typeof e.status === 'number' && e.status >= 400 && e.status < 500)) {
    res.status(400).json({ code: INVALID_JSON, error: '请求内容格式不对，请刷新后再试。' })
  } else next(err)
}

/** Express middleware for the /parse mount; `limit` must be Parse's maxUploadSize. */
export function jsonBody(limit: string) {
  const parse = express.json({
    // Left to Parse: file uploads (raw bodies under /files), multipart (its cloud functions' own
    // parser) and forms (its pages router parses those before JSON).
    type: (req) => !req.url?.startsWith('/files/') && !(req as Request).is(['multipart/form-data', 'application/x-www-form-urlencoded']),
    limit,
    verify: (_req, _res, buf) => {
      if (jsonDepth(buf) > MAX_JSON_DEPTH) throw new TooDeep('request body nested too deeply')
    },
  })
  return (req: Request, res: Response, next: NextFunction): void => {
    parse(req, res, (err?: unknown) => (err ? answerBodyError(err, res, next) : next()))
  }
}
