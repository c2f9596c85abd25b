/** Help requests as rows (SQL on Parse's tables) and as the views each side may see. */
import type { HelpActorRole, HelpEvent, HelpEventKind, HelpKind, HelpRequestDetail, HelpRequestSummary, HelpStatus } from '@contract/api-help'
import { escalatesAt, isLive } from '@/domain/help'
import { maskPhone } from '@/domain/phone'
import { withActorNames } from '../queries/people'
import { runtime } from '../runtime'

export interface RequestRow {
  objectId: string
  requester: string
  actor: string | null
  building: string
  community: string
  kind: HelpKind
  text: string | null
  urgent: boolean | null
  status: HelpStatus
  submittedAt: Date
  acceptedBy: string | null
  acceptedRole: HelpActorRole | null
  escalatedAt: Date | null
  buildingName: string
  requesterName: string | null
  requesterPhone: string | null
  requesterRoom: string | null
  acceptedByName: string | null
}

export const REQUEST_SELECT = `SELECT h."objectId", h."requester", h."actor", h."building", h."community", h."kind", h."text", h."urgent", h."status",
    h."submittedAt", h."acceptedBy", h."acceptedRole", h."escalatedAt",
    p."name" || b."name" AS "buildingName", r."name" AS "requesterName", r."phone" AS "requesterPhone", r."room" AS "requesterRoom",
    ar."name" AS "acceptedByName"
  FROM "HelpRequest" h
  JOIN "Building" b ON b."objectId" = h."building"
  JOIN "Compound" p ON p."objectId" = b."compound"
  LEFT JOIN "Resident" r ON r."user" = h."requester"
  LEFT JOIN "Resident" ar ON ar."user" = h."acceptedBy"`

/** Live first (open before accepted), then newest. */
export const REQUEST_ORDER = `ORDER BY CASE h."status" WHEN 'open' THEN 0 WHEN 'accepted' THEN 1 ELSE 2 END, h."submittedAt" DESC`

export async function requestRows(where: string, values: unknown[], limit = 100): Promise<RequestRow[]> {
  const { rows } = await runtime().pool.query<RequestRow>(`${REQUEST_SELECT} WHERE ${where} ${REQUEST_ORDER} LIMIT ${limit}`, values)
  return rows
}

export async function requestRow(id: string): Promise<RequestRow | undefined> {
  return (await requestRows('h."objectId" = $1', [id], 1))[0]
}

/** `asHelper`: stewards and staff see who asked (name, room, masked phone); the requester's own view does not repeat it. */
export function summaryOf(r: RequestRow, asHelper: boolean): HelpRequestSummary {
  return {
    id: r.objectId,
    kind: r.kind,
    text: r.text ?? '',
    urgent: r.urgent === true,
    status: r.status,
    escalated: r.escalatedAt !== null,
    createdAt: r.submittedAt.toISOString(),
    buildingName: r.buildingName,
    requester: asHelper ? { name: r.requesterName ?? '已注销用户', maskedPhone: maskPhone(r.requesterPhone), room: r.requesterRoom } : null,
    acceptedBy: r.acceptedBy || r.acceptedRole ? { name: r.acceptedByName ?? '已注销用户', role: r.acceptedRole ?? 'steward' } : null,
  }
}

interface EventRow {
  objectId: string
  kind: HelpEventKind
  actor: string | null
  actorRole: HelpActorRole
  text: string | null
  at: Date
}

export async function eventsOf(requestId: string): Promise<HelpEvent[]> {
  const sql = 'SELECT "objectId", "kind", "actor", "actorRole", "text", "at" FROM "HelpEvent" WHERE "request" = $1 ORDER BY "at", "createdAt", "objectId"'
  const { rows, names } = await withActorNames<EventRow>(sql, [requestId], (e) => e.actor)
  return rows.map((e) => ({
    id: e.objectId,
    kind: e.kind,
    at: e.at.toISOString(),
    actorRole: e.actorRole,
    actorName: e.actorRole === 'system' ? '' : e.actor ? names.get(e.actor) ?? '已注销用户' : '已注销用户',
    text: e.text,
  }))
}

export interface Access {
  requester: boolean
  helper: 'steward' | 'communityStaff' | null
  userId: string
}

export async function detailOf(r: RequestRow, a: Access, minutes: { normal: number; urgent: number }): Promise<HelpRequestDetail> {
  const live = isLive(r.status)
  const mine = r.acceptedBy === a.userId
  return {
    ...summaryOf(r, a.helper !== null),
    events: await eventsOf(r.objectId),
    escalatesAt: r.status === 'open' && !r.escalatedAt ? escalatesAt(r.submittedAt, r.urgent === true, minutes).toISOString() : null,
    can: {
      accept: a.helper !== null && r.status === 'open',
      reply: (a.requester || a.helper !== null) && live,
      resolve: a.helper !== null && r.status === 'accepted' && (mine || (a.helper === 'communityStaff' && r.escalatedAt !== null)),
      cancel: a.requester && live,
    },
  }
}
