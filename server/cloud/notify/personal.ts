/** PIPL: a person's messages, subscriptions and subscription-message log are theirs to export and erase. */
import type { PersonalDataPart } from '../privacy/personal-data'
import { runtime } from '../runtime'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export const notifyPersonalData: PersonalDataPart = {
  key: 'notifications',
  async export(userId) {
    const pool = runtime().pool
    const messages = await pool.query<{ kind: string; title: string; body: string; page: string; at: Date; read: boolean | null; readAt: Date | null }>(
      'SELECT "kind", "title", "body", "page", "at", "read", "readAt" FROM "Message" WHERE "user" = $1 ORDER BY "at" DESC',
      [userId],
    )
    const subscriptions = await pool.query<{ kind: string; remaining: number; acceptedAt: Date | null }>(
      'SELECT "kind", "remaining", "acceptedAt" FROM "Subscription" WHERE "user" = $1 ORDER BY "kind"',
      [userId],
    )
    const sent = await pool.query<{ kind: string; page: string; data: unknown; status: string; errcode: number | null; at: Date }>(
      'SELECT "kind", "page", "data", "status", "errcode", "at" FROM "OutboxMessage" WHERE "user" = $1 ORDER BY "at" DESC',
      [userId],
    )
    return {
      messages: messages.rows.map((m) => ({ ...m, read: m.read === true, at: iso(m.at), readAt: iso(m.readAt) })),
      subscriptions: subscriptions.rows.map((s) => ({ ...s, acceptedAt: iso(s.acceptedAt) })),
      subscriptionMessages: sent.rows.map((o) => ({ ...o, at: iso(o.at) })),
    }
  },
  async erase(userId, sql) {
    for (const table of ['Message', 'Subscription', 'OutboxMessage']) await sql(`DELETE FROM "${table}" WHERE "user" = $1`, [userId])
  },
}
