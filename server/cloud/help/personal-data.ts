/**
 * A person's help data (PIPL). Export: the requests they made (with every step) and what they wrote on
 * others' requests as a helper, and their steward profile. Erasure: their own requests go with their
 * steps; on others' requests their replies stay (the other side's record) but no longer name them; their
 * steward profile goes.
 */
import type { Sql } from '../sql'
import { runtime } from '../runtime'
import { eventsOf, requestRows, summaryOf } from './views'
import { clearPointer } from '../db/rows'

export async function exportHelp(userId: string): Promise<unknown> {
  const mine = await requestRows('h."requester" = $1', [userId], 10_000)
  const requests = []
  for (const r of mine) requests.push({ ...summaryOf(r, false), events: await eventsOf(r.objectId) })
  const { rows: written } = await runtime().pool.query<{ request: string; kind: string; text: string | null; at: Date }>(
    `SELECT e."request", e."kind", e."text", e."at" FROM "HelpEvent" e JOIN "HelpRequest" h ON h."objectId" = e."request"
     WHERE e."actor" = $1 AND h."requester" <> $1 ORDER BY e."at"`,
    [userId],
  )
  const { rows: profile } = await runtime().pool.query<{ intro: string | null; dutyHours: string | null; photoUrl: string | null }>(
    'SELECT "intro", "dutyHours", "photoUrl" FROM "StewardProfile" WHERE "user" = $1',
    [userId],
  )
  return {
    requests,
    asHelper: written.map((e) => ({ requestId: e.request, kind: e.kind, text: e.text, at: e.at.toISOString() })),
    stewardProfile: profile[0] ?? null,
  }
}

export async function eraseHelp(userId: string, sql: Sql): Promise<void> {
  await sql('DELETE FROM "HelpEvent" WHERE "request" IN (SELECT "objectId" FROM "HelpRequest" WHERE "requester" = $1)', [userId])
  await sql('DELETE FROM "HelpRequest" WHERE "requester" = $1', [userId])
  await clearPointer(sql, 'HelpEvent', 'actor', userId)
  await clearPointer(sql, 'HelpRequest', 'actor', userId)
  await clearPointer(sql, 'HelpRequest', 'acceptedBy', userId)
  await sql('DELETE FROM "StewardProfile" WHERE "user" = $1', [userId])
  await clearPointer(sql, 'StewardAssignment', 'assignedBy', userId, { at: false })
  await clearPointer(sql, 'StewardAssignment', 'endedBy', userId, { at: false })
}
