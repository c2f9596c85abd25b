/**
 * A LiveQuery subscriber for tests, over `ws` (Parse Server's own WebSocket library; Node 20 has
 * no global WebSocket): connects with a session, subscribes to a class, collects events.
 */
import WebSocket from 'ws'

export interface LiveEvent {
  op: string
  object?: Record<string, unknown>
  error?: string
}

export interface Subscription {
  events: LiveEvent[]
  /** Resolves with the first event matching, or rejects after a timeout. */
  next(test: (e: LiveEvent) => boolean, ms?: number): Promise<LiveEvent>
  close(): void
}

export async function subscribe(base: string, className: string, sessionToken?: string): Promise<Subscription> {
  const socket = new WebSocket(base.replace(/^http/, 'ws'))
  const events: LiveEvent[] = []
  const waiters: Array<{ test: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }> = []
  socket.on('message', (data) => {
    const e = JSON.parse(String(data)) as LiveEvent
    events.push(e)
    for (const w of [...waiters]) if (w.test(e)) waiters.splice(waiters.indexOf(w), 1) && w.resolve(e)
  })
  const next = (test: (e: LiveEvent) => boolean, ms = 5000) =>
    new Promise<LiveEvent>((resolve, reject) => {
      const seen = events.find(test)
      if (seen) return resolve(seen)
      const timer = setTimeout(() => reject(new Error(`no LiveQuery event in ${ms} ms: ${JSON.stringify(events)}`)), ms)
      waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) })
    })
  await new Promise<void>((resolve, reject) => (socket.once('open', () => resolve()), socket.once('error', reject)))
  socket.send(JSON.stringify({ op: 'connect', applicationId: 'tongxin', ...(sessionToken ? { sessionToken } : {}) }))
  await next((e) => e.op === 'connected' || e.op === 'error')
  socket.send(JSON.stringify({ op: 'subscribe', requestId: 1, query: { className, where: {} }, ...(sessionToken ? { sessionToken } : {}) }))
  await next((e) => e.op === 'subscribed' || e.op === 'error')
  return { events, next, close: () => socket.close() }
}
