/**
 * A local stand-in for WeChat's jscode2session, so the whole login flow runs offline.
 * Codes: "ok-<openid>" succeeds with that openid; the others return WeChat's documented errors.
 */
import http from 'node:http'

export const STUB_APPID = 'wx0000000000000000'
export const STUB_SECRET = 'stub-secret'

export interface WechatStub {
  url: string
  /** Every code the stub was asked to exchange, in order. */
  codes: string[]
  close(): Promise<void>
}

const ERRORS: Record<string, { errcode: number; errmsg: string }> = {
  invalid: { errcode: 40029, errmsg: 'invalid code' },
  used: { errcode: 40163, errmsg: 'code been used' },
  busy: { errcode: -1, errmsg: 'system error' },
  frequent: { errcode: 45011, errmsg: 'api minute-quota reach limit' },
  risky: { errcode: 40226, errmsg: 'high risk user' },
}

export async function startWechatStub(): Promise<WechatStub> {
  const codes: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub')
    res.setHeader('Content-Type', 'application/json')
    if (url.pathname !== '/sns/jscode2session') {
      res.statusCode = 404
      res.end('{}')
      return
    }
    const code = url.searchParams.get('js_code') ?? ''
    codes.push(code)
    if (url.searchParams.get('appid') !== STUB_APPID || url.searchParams.get('secret') !== STUB_SECRET) {
      res.end(JSON.stringify({ errcode: 40125, errmsg: 'invalid appsecret' }))
      return
    }
    if (code === 'http500') {
      res.statusCode = 500
      res.end('oops')
      return
    }
    const err = ERRORS[code]
    if (err) {
      res.end(JSON.stringify(err))
      return
    }
    if (code.startsWith('ok-')) {
      res.end(JSON.stringify({ openid: code.slice(3), session_key: 'never-stored' }))
      return
    }
    res.end(JSON.stringify(ERRORS.invalid))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    codes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
