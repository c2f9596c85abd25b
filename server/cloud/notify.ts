/**
 * Telling people what happened (help request accepted, activity reminder, application reviewed…).
 * Every notification becomes an in-app message; it also goes out as a WeChat subscription
 * message when the person accepted that kind (one accepted tap, one send: WeChat's rule).
 * Delivery failures are recorded, never thrown: the action that caused the notification stands.
 *
 * Contract for every feature; implemented with the help-request work (issue #4).
 */
import type { NotifyKind } from '../../types/domain'

export interface Notification {
  userId: string
  kind: NotifyKind
  /** Short, for the message list and the template's title field (at most 20 characters). */
  title: string
  /** One or two sentences (at most 100 characters). */
  body: string
  /** The app page it opens, a route with its query (ROUTES.*). */
  page: string
  /** The record it is about (a help request's id…), for the outbox and de-duplication. */
  refId?: string
}

export async function notify(items: Notification[]): Promise<void> {
  void items
}
