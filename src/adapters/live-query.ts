/**
 * A small Parse LiveQuery client over a WebSocket: connect with the session, subscribe to
 * NoticeSignal, call back on every 'create'. Reconnects with backoff until stopped.
 */
import Taro from '@tarojs/taro'
import type { NoticeSignalsPort } from './ports'

/** The little of a WebSocket the client needs; Taro's SocketTask and a test's fake both fit. */
export interface SocketLike {
  send(data: string): void
  close(): void
}

export interface SocketHandlers {
  onOpen(): void
  onMessage(data: string): void
  onClose(): void
}

export type SocketFactory = (url: string, handlers: SocketHandlers) => SocketLike

export interface LiveQueryOptions {
  /** wss://host/parse */
  url: string
  appId: string
  socket: SocketFactory
  /** Timers, injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000]

/** The LiveQuery URL: the API base with ws(s) and the /parse path. */
export function liveQueryUrl(serverUrl: string): string {
  return serverUrl.replace(/^http/, 'ws')
}

export class LiveQueryClient implements NoticeSignalsPort {
  private socket: SocketLike | null = null
  private token: string | null = null
  private onSignal: (() => void) | null = null
  private attempts = 0
  private timer: unknown = null
  private requestId = 0

  constructor(private readonly opts: LiveQueryOptions) {}

  start(sessionToken: string, onSignal: () => void): void {
    if (this.socket && this.token === sessionToken) return
    this.stop()
    this.token = sessionToken
    this.onSignal = onSignal
    this.attempts = 0
    this.open()
  }

  stop(): void {
    this.token = null
    this.onSignal = null
    if (this.timer !== null) (this.opts.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>)
    this.timer = null
    const socket = this.socket
    this.socket = null
    socket?.close()
  }

  private open(): void {
    const token = this.token
    if (!token) return
    const socket: SocketLike = this.opts.socket(this.opts.url, {
      onOpen: () => {
        if (this.socket !== socket) return
        socket.send(JSON.stringify({ op: 'connect', applicationId: this.opts.appId, sessionToken: token }))
      },
      onMessage: (data) => this.received(socket, data),
      onClose: () => {
        if (this.socket !== socket) return
        this.socket = null
        this.retry()
      },
    })
    this.socket = socket
  }

  private received(socket: SocketLike, data: string): void {
    if (this.socket !== socket) return
    let msg: { op?: unknown }
    try {
      msg = JSON.parse(data) as { op?: unknown }
    } catch {
      return
    }
    if (msg.op === 'connected') {
      this.attempts = 0
      this.requestId++
      socket.send(JSON.stringify({ op: 'subscribe', requestId: this.requestId, query: { className: 'NoticeSignal', where: {} }, sessionToken: this.token }))
    } else if (msg.op === 'create') {
      this.onSignal?.()
    }
  }

  private retry(): void {
    if (!this.token) return
    const delay = BACKOFF_MS[Math.min(this.attempts, BACKOFF_MS.length - 1)] ?? 30000
    this.attempts++
    this.timer = (this.opts.setTimer ?? setTimeout)(() => {
      this.timer = null
      this.open()
    }, delay)
  }
}

/** Taro's WebSocket (wx.connectSocket on weapp, WebSocket on H5) as a SocketLike. */
export const taroSocket: SocketFactory = (url, handlers) => {
  let task: Taro.SocketTask | null = null
  let closed = false
  // Asynchronous even when connectSocket throws at once (no socket API): the client retries later.
  void Promise.resolve()
    .then(() => Taro.connectSocket({ url }))
    .then((t) => {
      task = t
      if (closed) return void t.close({})
      t.onOpen(() => handlers.onOpen())
      t.onMessage((m) => handlers.onMessage(typeof m.data === 'string' ? m.data : ''))
      t.onClose(() => handlers.onClose())
      t.onError(() => undefined)
    })
    .catch(() => handlers.onClose())
  return {
    send: (data) => void task?.send({ data }),
    close: () => {
      closed = true
      task?.close({})
    },
  }
}
