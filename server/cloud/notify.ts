/**
 * Telling people what happened (help request accepted, activity reminder, application reviewed…).
 * Every notification becomes an in-app message; it also goes out as a WeChat subscription
 * message when the person accepted that kind (one accepted tap, one send: WeChat's rule).
 * Delivery failures are recorded, never thrown: the action that caused the notification stands.
 *
 * Contract for every feature; implemented with the help-request work (issue #4).
 */
import type { NotifyKind } from '@contract/domain'
import { now } from './clock'
import { insertMessages } from './notify/messages'
import { deliver, drain, enqueue, enqueueForScope } from './notify/outbox'
import { pageOf } from '@contract/pages'

export interface Notification {
  userId: string
  kind: NotifyKind
  /** Short, for the message list and the template's title field (at most 20 characters). */
  title: string
  /** One or two sentences (at most 100 characters). */
  body: string
  /** The app page it opens, with its query (types/pages.ts). */
  page: string
  /** The record it is about (a help request's id…), for the outbox and de-duplication. */
  refId?: string
}

const cut = (text: string, max: number) => {
  const chars = [...text.trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** Writes the in-app messages, then sends (or, in outbox mode, keeps) the subscription messages; never throws. */
export async function notify(items: Notification[]): Promise<void> {
  const clean = items
    .filter((n) => n && typeof n.userId === 'string' && n.userId && n.title?.trim() && typeof n.page === 'string')
    .map((n) => ({ ...n, title: cut(n.title, 20), body: cut(n.body ?? '', 100) }))
  if (!clean.length) return
  const at = now()
  try {
    await insertMessages(clean, at)
  } catch (err) {
    console.error(`notify: could not save ${clean.length} message(s) of kind ${clean[0].kind}: ${(err as Error).message}`)
  }
  const queued: string[] = []
  for (const n of clean) {
    try {
      const id = await enqueue(n, at)
      if (id) queued.push(id)
    } catch (err) {
      console.error(`notify: could not queue a ${n.kind} subscription message to user ${n.userId}: ${(err as Error).message}`)
    }
  }
  try {
    await deliver(queued)
  } catch (err) {
    console.error(`notify: delivery of ${queued.length} subscription message(s) failed: ${(err as Error).message}`)
  }
}

/** Page of a notice in the app. */
export const noticePage = (noticeId: string) => pageOf('noticeDetail', noticeId)

/**
 * An urgent notice was published: a subscription message to everyone of its scope with an
 * 'urgentNotice' acceptance left. The feed itself is the in-app place, so no Message rows. The
 * consumption is one SQL statement; sending (a street can be many thousand) continues in the
 * background and never delays or fails the publishing. Returns how many were queued.
 */
export async function notifyUrgentNotice(notice: { id: string; scope: 'street' | 'community' | 'building'; targetId: string; title: string; body: string }): Promise<number> {
  try {
    const at = now()
    const queued = await enqueueForScope(
      'urgentNotice',
      { column: notice.scope, targetId: notice.targetId },
      { title: notice.title, body: notice.body, page: noticePage(notice.id), refId: notice.id },
      at,
    )
    if (queued) {
      void drain({ refId: notice.id }).catch((err: unknown) => console.error(`notify: urgent notice ${notice.id} delivery failed: ${(err as Error).message}`))
    }
    return queued
  } catch (err) {
    console.error(`notify: urgent notice ${notice.id} could not be queued: ${(err as Error).message}`)
    return 0
  }
}
