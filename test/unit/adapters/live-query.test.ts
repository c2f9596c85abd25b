/**
 * @jest-environment node
 */
import { LiveQueryClient, liveQueryUrl, type SocketHandlers } from '@/adapters/live-query'

class FakeSocket {
  readonly sent: unknown[] = []
  closed = false
  constructor(
    readonly url: string,
    readonly handlers: SocketHandlers,
  ) {}
  send(data: string) {
    this.sent.push(JSON.parse(data))
  }
  close() {
    this.closed = true
  }
  serverSays(msg: object) {
    this.handlers.onMessage(JSON.stringify(msg))
  }
}

function setup() {
  const sockets: FakeSocket[] = []
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = []
  const client = new LiveQueryClient({
    url: 'wss://tongxin.example.gov.cn/parse',
    appId: 'tongxin',
    socket: (url, handlers) => {
      const s = new FakeSocket(url, handlers)
      sockets.push(s)
      return s
    },
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false }
      timers.push(t)
      return t
    },
    clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
  })
  return { client, sockets, timers }
}

describe('LiveQueryClient', () => {
  it('derives the WebSocket URL from the API base', () => {
    expect(liveQueryUrl('https://tongxin.example.gov.cn/parse')).toBe('wss://tongxin.example.gov.cn/parse')
    expect(liveQueryUrl('http://localhost:1337/parse')).toBe('ws://localhost:1337/parse')
  })

  it('connects with the session, subscribes to NoticeSignal once connected, and calls back on create', () => {
    const { client, sockets } = setup()
    const onSignal = jest.fn()
    client.start('r:abc', onSignal)
    const s = sockets[0]!
    expect(s.url).toBe('wss://tongxin.example.gov.cn/parse')
    s.handlers.onOpen()
    expect(s.sent[0]).toEqual({ op: 'connect', applicationId: 'tongxin', sessionToken: 'r:abc' })
    s.serverSays({ op: 'connected', clientId: 'c1' })
    expect(s.sent[1]).toMatchObject({ op: 'subscribe', requestId: 1, query: { className: 'NoticeSignal', where: {} }, sessionToken: 'r:abc' })
    s.serverSays({ op: 'subscribed', requestId: 1 })
    expect(onSignal).not.toHaveBeenCalled()
    s.serverSays({ op: 'create', requestId: 1, object: { className: 'NoticeSignal', objectId: 'x' } })
    expect(onSignal).toHaveBeenCalledTimes(1)
    s.handlers.onMessage('not json')
    expect(onSignal).toHaveBeenCalledTimes(1)
  })

  it('reconnects with growing backoff after the socket closes, and resets it once connected', () => {
    const { client, sockets, timers } = setup()
    client.start('r:abc', jest.fn())
    sockets[0]!.handlers.onClose()
    expect(timers.map((t) => t.ms)).toEqual([1000])
    timers[0]!.fn()
    expect(sockets).toHaveLength(2)
    sockets[1]!.handlers.onClose()
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000])
    timers[1]!.fn()
    const s = sockets[2]!
    s.handlers.onOpen()
    s.serverSays({ op: 'connected' })
    s.handlers.onClose()
    expect(timers[2]!.ms).toBe(1000)
  })

  it('closes on stop and does not reconnect', () => {
    const { client, sockets, timers } = setup()
    const onSignal = jest.fn()
    client.start('r:abc', onSignal)
    const s = sockets[0]!
    client.stop()
    expect(s.closed).toBe(true)
    s.handlers.onClose()
    s.serverSays({ op: 'create' })
    expect(timers).toHaveLength(0)
    expect(onSignal).not.toHaveBeenCalled()
  })

  it('cancels a pending reconnect on stop', () => {
    const { client, sockets, timers } = setup()
    client.start('r:abc', jest.fn())
    sockets[0]!.handlers.onClose()
    client.stop()
    expect(timers[0]!.cleared).toBe(true)
  })
})
