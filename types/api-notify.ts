/** Cloud functions of notifications (in-app messages, subscription messages, the demo outbox); results merged into CloudResults (types/api.ts), params in types/contract. */
import type { NotifyKind } from './domain'

/** One in-app message (我的消息), as myMessages lists it. */
export interface MessageItem {
  id: string
  kind: NotifyKind
  title: string
  body: string
  /** The app page it opens (a route with its query). */
  page: string
  refId: string | null
  /** When it was sent (ISO). */
  at: string
  read: boolean
}

export interface NotifyResults {
  /** The caller's own messages, newest first, paged by cursor. */
  myMessages: { items: MessageItem[]; nextCursor: string | null }
  /** Marks the caller's messages read: the ones named, or all of them; idempotent. */
  markMessagesRead: { updated: number }
  /** How many of the caller's messages are unread (the count on 我的 → 我的消息). */
  unreadMessageCount: { count: number }
  /** Only with TEST_CLOCK=on (tests), master key: calls notify() with these items. */
  testNotify: { ok: true }
}
