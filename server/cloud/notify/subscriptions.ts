/**
 * WeChat one-time subscriptions: each accepted tap allows one send of that kind's template.
 * A counter per person and kind (unique row) is raised by an upsert and lowered only by the
 * conditional update that sends (outbox.ts), so concurrent taps and sends never lose or reuse one.
 */
import type { NotifyKind } from '@contract/domain'
import { SUBSCRIPTION_CAP } from '@/domain/notify'
import { now } from '../clock'
import { runtime } from '../runtime'
import { expr, insertRow } from '../db/rows'

/** The template id of each kind that has one (configured, or demo ids in outbox mode). */
export function subscriptionTemplates(): { templates: Partial<Record<NotifyKind, string>> } {
  const templates: Partial<Record<NotifyKind, string>> = {}
  for (const [kind, t] of Object.entries(runtime().config.wxTemplates)) if (t) templates[kind as NotifyKind] = t.id
  return { templates }
}

/** Adds one acceptance per accepted kind that has a template, up to the cap; returns how many were added. */
export async function saveSubscriptions(userId: string, answers: Array<{ kind: NotifyKind; accepted: boolean }>): Promise<{ saved: number }> {
  const templates = runtime().config.wxTemplates
  const kinds = [...new Set(answers.filter((a) => a.accepted && templates[a.kind]).map((a) => a.kind))]
  if (!kinds.length) return { saved: 0 }
  const at = now()
  let saved = 0
  for (const kind of kinds) {
    // One statement: a first tap inserts, a later one adds (at most the cap), concurrent taps each count.
    const written = await insertRow(undefined, 'Subscription', { user: userId, kind, remaining: 1, acceptedAt: at }, {
      at,
      onConflict: {
        target: '("user", "kind") WHERE "user" IS NOT NULL',
        update: ['acceptedAt'],
        set: { remaining: expr('"Subscription"."remaining" + 1') },
        where: expr('"Subscription"."remaining" < $1', [SUBSCRIPTION_CAP]),
      },
    })
    if (written) saved += 1
  }
  return { saved }
}

/** The caller's remaining acceptances per kind (for 我的消息's switches and the tests). */
export async function remainingOf(userId: string): Promise<Partial<Record<NotifyKind, number>>> {
  const { rows } = await runtime().pool.query<{ kind: NotifyKind; remaining: number }>(
    'SELECT "kind", "remaining" FROM "Subscription" WHERE "user" = $1',
    [userId],
  )
  return Object.fromEntries(rows.map((r) => [r.kind, r.remaining]))
}
