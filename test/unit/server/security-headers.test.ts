/**
 * @jest-environment node
 */
import crypto from 'node:crypto'
import type { Request, Response } from 'express'
import { apiOrigins, h5Headers, inlineScriptHashes } from '@server/http/security-headers'

const hash = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`

function headersOf(handler: ReturnType<typeof h5Headers>): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = String(v)),
    removeHeader: (k: string) => delete headers[k.toLowerCase()],
    getHeader: (k: string) => headers[k.toLowerCase()],
  } as unknown as Response
  handler({ headers: {}, method: 'GET' } as Request, res, () => undefined)
  return headers
}

describe('security headers', () => {
  it('hash exactly the inline scripts a browser runs', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script id="csrf" type="application/json">"t"</script><script type="text/javascript">b()</script>'
    expect(inlineScriptHashes(html)).toEqual([hash('a()'), hash('b()')])
  })

  it('let pages reach the API and LiveQuery where they are served from', () => {
    expect(apiOrigins(['http://localhost:1337/parse', 'https://tongxin.example.gov.cn/parse'])).toEqual([
      'http://localhost:1337',
      'ws://localhost:1337',
      'https://tongxin.example.gov.cn',
      'wss://tongxin.example.gov.cn',
    ])
    expect(apiOrigins(['http://localhost:0/parse'])).toEqual([])
  })

  it('send HSTS only when served over TLS (production)', () => {
    expect(headersOf(h5Headers({ hsts: false, connectSrc: [] }, '<p>')))
      .not.toHaveProperty('strict-transport-security')
    const prod = headersOf(h5Headers({ hsts: true, connectSrc: ['https://api.example.cn'] }, '<p>'))
    expect(prod['strict-transport-security']).toBe('max-age=15552000; includeSubDomains')
    expect(prod['content-security-policy']).toContain("connect-src 'self' https://api.example.cn")
    expect(prod['content-security-policy']).toContain('upgrade-insecure-requests')
  })
})
