/** Problems as list items and details, read with SQL on Parse's tables (pointers are objectId text). */
import type { ProblemCategory, ProblemDetail, ProblemEvent, ProblemEventKind, ProblemListItem, ProblemPhoto, ProblemSource, ProblemStatus } from '@contract/api-problems'
import { isOpen, isOverdue } from '@/domain/problem'
import { invalid } from '../errors'
import { ACCESS_COLUMNS, canAct, isStaffOver, seesReporterName, type AccessRow, type Viewer } from './access'

export const PAGE_DEFAULT = 20

export interface ItemRow extends AccessRow {
  category: string
  description: string
  location: string | null
  source: string
  reportedAt: Date
  replyDueAt: Date
  solveDueAt: Date
  firstReplyAt: Date | null
  escalation: number | null
  buildingName: string | null
  handlerName: string | null
}

/** The list columns of problems `p`, with the building's and the handler's names. */
export const ITEM_SELECT = `${ACCESS_COLUMNS}, p."category", p."description", p."location", p."source", p."reportedAt", p."replyDueAt",
  p."solveDueAt", p."firstReplyAt", p."escalation", concat(cp."name", b."name") AS "buildingName", hr."name" AS "handlerName"`

export const ITEM_JOINS = `LEFT JOIN "Building" b ON b."objectId" = p."building"
  LEFT JOIN "Compound" cp ON cp."objectId" = b."compound"
  LEFT JOIN "Resident" hr ON hr."user" = p."handler" AND p."handler" IS NOT NULL`

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null)

export function summaryOf(description: string): string {
  const line = description.split('\n')[0] ?? ''
  const chars = [...line]
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : line
}

export function itemOf(r: ItemRow, now: Date): ProblemListItem {
  const status = r.status as ProblemStatus
  return {
    id: r.id,
    category: r.category as ProblemCategory,
    summary: summaryOf(r.description),
    status,
    source: r.source as ProblemSource,
    where: [r.buildingName ?? '', r.location ?? ''].filter(Boolean).join(' · '),
    reportedAt: r.reportedAt.toISOString(),
    overdue: isOverdue({ status, firstReplyAt: iso(r.firstReplyAt), replyDueAt: r.replyDueAt.toISOString(), solveDueAt: r.solveDueAt.toISOString() }, now),
    escalation: r.escalation ?? 0,
    handlerName: r.handlerName ?? null,
  }
}

export interface DetailRow extends ItemRow {
  photos: ProblemPhoto[] | null
  solvedAt: Date | null
  confirmedAt: Date | null
  autoConfirmed: boolean | null
  rating: number | null
  comment: string | null
  reporterName: string | null
}

export interface EventRow {
  kind: string
  at: Date
  actor: string | null
  actorName: string | null
  text: string | null
  photos: ProblemPhoto[] | null
}

/** What a viewer sees of a problem: the reporter's name only where allowed, what they may do now. */
export function detailOf(r: DetailRow, events: EventRow[], v: Viewer, now: Date): ProblemDetail {
  const item = itemOf(r, now)
  const showName = seesReporterName(v, r)
  const isReporter = r.reporter === v.userId
  const acts = canAct(v, r) && isOpen(item.status)
  const shown: ProblemEvent[] = events.map((e) => ({
    kind: e.kind as ProblemEventKind,
    at: e.at.toISOString(),
    // The reporter's own steps carry their name only where the reporter's name may be shown.
    actorName: e.actor && e.actor === r.reporter ? (showName ? (isReporter ? '我' : e.actorName) : '居民') : e.actorName,
    text: e.text,
    photos: e.photos ?? [],
  }))
  return {
    ...item,
    description: r.description,
    location: r.location,
    photos: r.photos ?? [],
    reporterName: showName ? r.reporterName : null,
    showNameToHandler: r.showNameToHandler === true,
    replyDueAt: r.replyDueAt.toISOString(),
    solveDueAt: r.solveDueAt.toISOString(),
    firstReplyAt: iso(r.firstReplyAt),
    solvedAt: iso(r.solvedAt),
    confirmedAt: iso(r.confirmedAt),
    autoConfirmed: r.autoConfirmed === true,
    rating: r.rating,
    comment: isReporter || canAct(v, r) ? r.comment : null,
    events: shown,
    canReply: acts,
    canResolve: acts,
    canReassign: isStaffOver(v, r) && isOpen(item.status),
    canConfirm: isReporter && item.status === 'solved',
    canRate: isReporter && item.status === 'confirmed' && r.rating === null,
    isReporter,
  }
}

/** Cursors are `reportedAt|objectId` of the last row shown. */
export function encodeCursor(r: { reportedAt: Date; id: string }): string {
  return `${r.reportedAt.toISOString()}|${r.id}`
}

export function decodeCursor(cursor: string): [string, string] {
  const [at, id] = cursor.split('|')
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[A-Za-z0-9]{1,32}$/.test(id)) invalid('翻页位置无效，请刷新列表。')
  return [at, id]
}
