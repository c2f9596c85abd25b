/**
 * @jest-environment node
 */
/** The crash guard: one failing request is a logged 500, an unhandled rejection a log line (server/http/crash-guard). */
import type { NextFunction, Request, Response } from 'express'
import { crashGuard, guardProcess, parseRefusals, SERVER_TROUBLE } from '@server/http/crash-guard'
import { jsonDepth } from '@server/http/json-body'

function fakeResponse(state: { headersSent?: boolean; writableEnded?: boolean } = {}) {
  const sent: { status?: number; body?: unknown } = {}
  const res = {
    headersSent: state.headersSent ?? false,
    writableEnded: state.writableEnded ?? false,
    status(code: number) {
      sent.status = code
      return res
    },
    json(body: unknown) {
      sent.body = body
      return res
    },
  }
  return { res: res as unknown as Response, sent }
}

const req = { method: 'POST', path: '/parse/functions/me' } as Request

/** Parse's error class as Parse Server's copy of the SDK defines it (matched by name). */
class ParseError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

describe('parseRefusals', () => {
  it.each([
    [142, 400],
    [119, 400],
    [209, 400],
    [101, 404],
    [1, 500],
  ])('answers Parse code %i with HTTP %i, as Parse does', (code, status) => {
    const { res, sent } = fakeResponse()
    parseRefusals(() => undefined)(new ParseError(code, '请先登录。'), req, res, jest.fn())
    expect(sent).toEqual({ status, body: { code, error: '请先登录。' } })
  })

  it("logs the server's own failures, never a caller's refusal", () => {
    const lines: string[] = []
    parseRefusals((l) => lines.push(l))(new ParseError(142, '请填写手机号。'), req, fakeResponse().res, jest.fn())
    expect(lines).toEqual([])
    parseRefusals((l) => lines.push(l))(new ParseError(1, SERVER_TROUBLE), req, fakeResponse().res, jest.fn())
    expect(lines.join('\n')).toMatch(/POST \/parse\/functions\/me/)
  })

  it('passes anything that is not a Parse error on to the crash guard', () => {
    const next = jest.fn() as NextFunction
    const { res, sent } = fakeResponse()
    const err = new TypeError('boom')
    parseRefusals(() => undefined)(err, req, res, next)
    expect(next).toHaveBeenCalledWith(err)
    expect(sent).toEqual({})
  })
})

describe('crashGuard', () => {
  it('answers a 500 with a Chinese sentence and logs the path and the error', () => {
    const lines: string[] = []
    const { res, sent } = fakeResponse()
    const next = jest.fn() as NextFunction
    crashGuard((l) => lines.push(l))(new TypeError('boom'), req, res, next)
    expect(sent).toEqual({ status: 500, body: { code: 1, error: SERVER_TROUBLE } })
    expect(lines.join('\n')).toMatch(/POST \/parse\/functions\/me: TypeError: boom/)
    expect(next).not.toHaveBeenCalled()
  })

  it("keeps a client's 4xx (malformed JSON) without a log line", () => {
    const lines: string[] = []
    const { res, sent } = fakeResponse()
    crashGuard((l) => lines.push(l))(Object.assign(new SyntaxError('Unexpected end'), { status: 400 }), req, res, jest.fn())
    expect(sent.status).toBe(400)
    expect(lines).toEqual([])
  })

  it('leaves an answered request alone, and cuts one whose body is half sent', () => {
    const done = fakeResponse({ headersSent: true, writableEnded: true })
    const next = jest.fn() as NextFunction
    crashGuard(() => {})(new Error('late'), req, done.res, next)
    expect(done.sent).toEqual({})
    expect(next).not.toHaveBeenCalled()
    const half = fakeResponse({ headersSent: true })
    const err = new Error('mid-stream')
    crashGuard(() => {})(err, req, half.res, next)
    expect(next).toHaveBeenCalledWith(err)
  })
})

describe('guardProcess', () => {
  it('logs an unhandled rejection instead of letting it end the process', () => {
    const lines: string[] = []
    const before = process.listenerCount('unhandledRejection')
    guardProcess((l) => lines.push(l))
    guardProcess((l) => lines.push(l))
    expect(process.listenerCount('unhandledRejection')).toBe(before + 1)
    process.emit('unhandledRejection', 'Validation failed. Invalid value for communityId.', Promise.resolve())
    expect(lines).toEqual(['unhandled rejection (server kept running): Validation failed. Invalid value for communityId.'])
  })
})

describe('jsonDepth', () => {
  it('counts nesting of arrays and objects, not brackets inside text', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3)
    expect(jsonDepth(Buffer.from('{"a":"[[[{{{\\"[["}'))).toBe(1)
    expect(jsonDepth(Buffer.from('[]'))).toBe(1)
    expect(jsonDepth(Buffer.from('[[[[[[', 'utf8'), 3)).toBe(4)
  })
})
