/** Building blocks of the notification suites: master-key calls (testNotify, setTestClock) and reads of the outbox. */
import fs from 'node:fs'
import path from 'node:path'
import type { NotifyKind } from '@contract/domain'
import type { TestClient } from './client'
import type { TestDb } from './db'
import type { TestServer } from './server'

export function masterKeyOf(server: TestServer): string {
  return fs.readFileSync(path.join(server.dataDir, 'master-key'), 'utf8').trim()
}

/** A REST call with the master key (what cloud code and Parse Dashboard use). */
export async function asMaster<T = unknown>(server: TestServer, api: TestClient, method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.base}${urlPath}`, {
    method,
    headers: { ...api.headers(), 'X-Parse-Master-Key': masterKeyOf(server) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as T }
}

export interface Item {
  userId: string
  kind: NotifyKind
  title: string
  body: string
  page: string
  refId?: string
}

/** Calls notify() on the server (testNotify, only with TEST_CLOCK=on). */
export async function testNotify(server: TestServer, api: TestClient, items: Item[]): Promise<void> {
  const reply = await asMaster<{ result?: unknown; error?: string }>(server, api, 'POST', '/functions/testNotify', { items })
  if (reply.status !== 200) throw new Error(`testNotify failed: ${JSON.stringify(reply.body)}`)
}

export function item(userId: string, overrides: Partial<Item> = {}): Item {
  return { userId, kind: 'helpUpdate', title: '红管家已接单', body: '王阿姨已接下您的求助，稍后会联系您。', page: '/packages/help/pages/detail/index?id=H1', refId: 'H1', ...overrides }
}

export interface OutboxRow {
  user: string
  kind: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  status: string
  errcode: number | null
  refId: string | null
}

export function outboxOf(db: TestDb, userId: string, kind?: string): Promise<OutboxRow[]> {
  return db.rows<OutboxRow & Record<string, unknown>>(
    `SELECT "user", "kind", "templateId", "page", "data", "status", "errcode", "refId" FROM "OutboxMessage" WHERE "user" = $1 ${kind ? 'AND "kind" = $2' : ''} ORDER BY "at", "objectId"`,
    kind ? [userId, kind] : [userId],
  )
}

export async function remaining(db: TestDb, userId: string, kind: string): Promise<number> {
  const [r] = await db.rows<{ remaining: number }>('SELECT "remaining" FROM "Subscription" WHERE "user" = $1 AND "kind" = $2', [userId, kind])
  return r?.remaining ?? 0
}

/** Waits until a condition holds (background delivery), up to a few seconds. */
export async function eventually(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}
