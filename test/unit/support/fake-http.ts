import type { HttpRequest, HttpResponse, HttpSend } from '@/adapters/http'

/** An HttpSend that records each request and answers from a script, one reply per request. */
export class FakeHttp {
  readonly requests: HttpRequest[] = []
  private readonly replies: Array<(req: HttpRequest) => HttpResponse | Promise<HttpResponse>> = []

  readonly send: HttpSend = async (req) => {
    this.requests.push(req)
    const reply = this.replies.shift()
    if (!reply) throw new Error(`FakeHttp: no reply scripted for ${req.method} ${req.url}`)
    return reply(req)
  }

  reply(status: number, data: unknown): this {
    this.replies.push(() => ({ status, data }))
    return this
  }

  /** The transport itself fails, as Taro.request does with no network. */
  failNetwork(message = 'request:fail timeout'): this {
    this.replies.push(() => {
      throw new Error(message)
    })
    return this
  }

  get last(): HttpRequest {
    const req = this.requests[this.requests.length - 1]
    if (!req) throw new Error('FakeHttp: nothing was sent')
    return req
  }
}
