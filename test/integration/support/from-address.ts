/**
 * HTTP from another loopback address. Requests from 127.0.0.1 (the test runner, local tools)
 * are never rate limited, so attacks are made from 127.0.0.2, 127.0.0.3, … as a stranger would.
 */
import http from 'node:http'

export interface RawReply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request whose socket is bound to `from`; `url` may name localhost (it is dialled as 127.0.0.1). */
export function requestFrom(from: string, method: string, url: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<RawReply> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method,
        localAddress: from,
        headers: { ...(opts.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(opts.body)) } : {}), ...opts.headers },
        agent: false,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

/** A cloud function call from `from`, as the app makes it; the reply body parsed. */
export async function callFrom(
  from: string,
  base: string,
  name: string,
  params: Record<string, unknown>,
  token?: string,
): Promise<{ status: number; body: { result?: unknown; code?: number; error?: string } }> {
  const headers: Record<string, string> = { 'X-Parse-Application-Id': 'tongxin', 'Content-Type': 'application/json' }
  if (token) headers['X-Parse-Session-Token'] = token
  const reply = await requestFrom(from, 'POST', `${base}/functions/${name}`, { headers, body: JSON.stringify(params) })
  return { status: reply.status, body: JSON.parse(reply.body) as { result?: unknown; code?: number; error?: string } }
}
