/**
 * No single request may stop the server for everyone.
 *
 * - A promise rejected with nobody listening (a library bug, a forgotten await) is logged and
 *   the process keeps serving. Without a listener, Node 20 raises it as an uncaught exception,
 *   and Parse Server's own uncaughtException handler then exits 1.
 * - An error that reaches Express outside Parse's own handler becomes a 500 with a Chinese
 *   sentence for that one request, and a log line naming the path.
 *
 * Parse's uncaughtException handler is left in place on purpose: a synchronous throw outside
 * any request (a timer, a socket) may leave the process in an unknown state, and exiting so a
 * supervisor restarts it is the safe answer there.
 */
import type { NextFunction, Request, Response } from 'express'

/** What a person is told when the server, not their input, is at fault. */
export const SERVER_TROUBLE = '服务器出了点问题，请稍后再试。'

/** Parse's INTERNAL_SERVER_ERROR code, what its own handler answers for a non-Parse error. */
const INTERNAL_SERVER_ERROR = 1
const OBJECT_NOT_FOUND = 101

type Log = (line: string) => void

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`
  try {
    return typeof reason === 'string' ? reason : JSON.stringify(reason)
  } catch {
    return String(reason)
  }
}

let installed: ((reason: unknown) => void) | null = null

/** Once per process: log unhandled rejections instead of dying of them. */
export function guardProcess(log: Log = (line) => console.error(line)): void {
  if (installed) return
  installed = (reason: unknown) => log(`unhandled rejection (server kept running): ${describe(reason)}`)
  process.on('unhandledRejection', installed)
}

interface ParseErrorLike {
  code: number
  message: string
}

/** A Parse.Error (duck-typed: the app mounts Parse's own copy of the SDK, not ours). */
function isParseError(err: unknown): err is ParseErrorLike {
  return err instanceof Error && typeof (err as Partial<ParseErrorLike>).code === 'number' && err.constructor.name === 'ParseError'
}

/**
 * Right after Parse's app, with Parse's `enableExpressErrorHandler` on: answers a Parse.Error the
 * way Parse does (500 for an internal error, 404 for not found, else 400) but logs only the
 * server's own failures. Parse logs every refusal at error level with a stack, so anyone could
 * fill the log by sending bad parameters; a refusal is the caller's business, not the operator's.
 */
export function parseRefusals(log: Log = (line) => console.error(line)) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (!isParseError(err) || res.headersSent) return next(err)
    if (err.code === INTERNAL_SERVER_ERROR) log(`request failed: ${req.method} ${req.path}: ${describe(err)}`)
    res.status(err.code === INTERNAL_SERVER_ERROR ? 500 : err.code === OBJECT_NOT_FOUND ? 404 : 400)
    res.json({ code: err.code, error: err.message })
  }
}

/** The last Express middleware: a logged 500 for the one request that failed. */
export function crashGuard(log: Log = (line) => console.error(line)) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    const status = (err as { status?: unknown } | null)?.status
    // A client's mistake (malformed JSON, 4xx) is not the server's trouble: no log line for it.
    if (!(typeof status === 'number' && status < 500)) log(`request failed: ${req.method} ${req.path}: ${describe(err)}`)
    // Parse's own handler may have answered already (it passes the error on after a 500).
    if (res.writableEnded) return
    // Headers out but the body unfinished: Express can only cut the connection, as its default handler does.
    if (res.headersSent) return next(err)
    res.status(typeof status === 'number' && status >= 400 && status < 500 ? status : 500)
    res.json({ code: INTERNAL_SERVER_ERROR, error: SERVER_TROUBLE })
  }
}
