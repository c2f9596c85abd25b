/** 我的消息: in-app messages, one per notification and person, read only by that person (in SQL). */
import type { MessageItem } from '@contract/api-notify'
import type { NotifyKind } from '@contract/domain'
import { MESSAGE_PAGE_MAX } from '@/domain/notify'
import { now } from '../clock'
import { afterCursor, encodeCursor } from '../notices/rows'
import { runtime } from '../runtime'
import { insertRows } from '../db/rows'
import type { Notification } from '../notify'

export const MESSAGE_PAGE_DEFAULT = 20

/** A message is a notification as the message list keeps it. */
export type MessageInput = Notification

/** Writes the messages in one statement (a notification to many people is one round trip). */
export async function insertMessages(items: MessageInput[], at: Date): Promise<void> {
  const rows = items.map((m) => ({ user: m.userId, kind: m.kind, title: m.title, body: m.body, page: m.page, refId: m.refId ?? null, at, read: false }))
  await insertRows(undefined, 'Message', rows, { at })
}

interface MessageRow {
  id: string
  kind: NotifyKind
  title: string
  body: string
  page: string
  refId: string | null
  at: Date
  read: boolean | null
}

function itemOf(r: MessageRow): MessageItem {
  return { id: r.id, kind: r.kind, title: r.title, body: r.body, page: r.page, refId: r.refId, at: r.at.toISOString(), read: r.read === true }
}

/** The caller's messages, newest first; the cursor is the last item's (at, id). */
export async function myMessages(userId: string, params: { cursor?: string; limit?: number }): Promise<{ items: MessageItem[]; nextCursor: string | null }> {
  const limit = Math.min(params.limit ?? MESSAGE_PAGE_DEFAULT, MESSAGE_PAGE_MAX)
  const values: unknown[] = [userId]
  const keyset = afterCursor(params.cursor, 'm."at"', 'm."objectId"', values)
  const after = keyset && `AND ${keyset}`
  values.push(limit + 1)
  const { rows } = await runtime().pool.query<MessageRow>(
    `SELECT m."objectId" AS id, m."kind", m."title", m."body", m."page", m."refId", m."at", m."read"
       FROM "Message" m WHERE m."user" = $1 ${after}
      ORDER BY m."at" DESC, m."objectId" DESC LIMIT $${values.length}`,
    values,
  )
  const shown = rows.slice(0, limit)
  const last = shown[shown.length - 1]
  return { items: shown.map(itemOf), nextCursor: rows.length > limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null }
}

/** Marks the caller's own messages read (others' ids match nothing); idempotent. */
export async function markMessagesRead(userId: string, params: { ids?: string[]; all?: boolean }): Promise<{ updated: number }> {
  const at = now()
  const which = params.all ? '' : `AND "objectId" = ANY($3::text[])`
  const values: unknown[] = [userId, at]
  if (!params.all) values.push(params.ids ?? [])
  const { rowCount } = await runtime().pool.query(
    `UPDATE "Message" SET "read" = true, "readAt" = $2, "updatedAt" = $2 WHERE "user" = $1 AND "read" IS NOT TRUE ${which}`,
    values,
  )
  return { updated: rowCount ?? 0 }
}

export async function unreadMessageCount(userId: string): Promise<{ count: number }> {
  const { rows } = await runtime().pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Message" WHERE "user" = $1 AND "read" IS NOT TRUE`,
    [userId],
  )
  return { count: rows[0].n }
}
