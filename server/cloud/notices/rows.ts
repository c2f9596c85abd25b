/**
 * Notices as list items, read with SQL on Parse's tables (pointers are objectId text): the feed
 * must stay fast with thousands of notices in scope, and a page needs place names and read marks.
 */
import type { NoticeCategory, NoticeListItem, NoticeScope } from '@contract/domain'
import { now } from '../clock'
import { invalid } from '../errors'

export const PAGE_DEFAULT = 20

export interface ItemRow {
  id: string
  title: string
  category: string
  scope: string
  targetId: string
  effectiveFrom: Date | null
  scopeName: string | null
  pinned: boolean | null
  urgent: boolean | null
  publishedAt: Date
  edited: boolean | null
  expiresAt: Date | null
  read: boolean
}

/** Place names and list columns of notices `n` (already limited to a page in a subquery). */
export const ITEM_SELECT = `n."objectId" AS id, n."title", n."category", n."scope", n."pinned", n."urgent", n."publishedAt",
  n."edited", n."expiresAt", n."targetId", n."effectiveFrom",
  CASE n."scope" WHEN 'street' THEN s."name" WHEN 'community' THEN c."name" ELSE concat(cp."name", b."name") END AS "scopeName"`

export const ITEM_JOINS = `LEFT JOIN "Street" s ON n."scope" = 'street' AND s."objectId" = n."targetId"
  LEFT JOIN "Community" c ON n."scope" = 'community' AND c."objectId" = n."targetId"
  LEFT JOIN "Building" b ON n."scope" = 'building' AND b."objectId" = n."targetId"
  LEFT JOIN "Compound" cp ON cp."objectId" = b."compound"`

/** Whether the user ($1) has read notice n. */
export const READ_SELECT = `EXISTS (SELECT 1 FROM "NoticeRead" r WHERE r."notice" = n."objectId" AND r."user" = $1) AS "read"`

export function itemOf(r: ItemRow, at = now()): NoticeListItem {
  return {
    id: r.id,
    title: r.title,
    category: r.category as NoticeCategory,
    scope: r.scope as NoticeScope,
    targetId: r.targetId,
    scopeName: r.scopeName ?? '',
    effectiveFrom: r.effectiveFrom ? r.effectiveFrom.toISOString() : null,
    pinned: r.pinned === true,
    urgent: r.urgent === true,
    publishedAt: r.publishedAt.toISOString(),
    edited: r.edited === true,
    read: r.read,
    expired: !!r.expiresAt && r.expiresAt.getTime() <= at.getTime(),
  }
}

const BAD_CURSOR = '翻页位置无效，请刷新列表。'

/** An opaque cursor: the sort key of the last item of a page. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url')
}

/** Decodes a cursor of n parts; a tampered one is 142. */
export function decodeCursor(cursor: string, n: number): Array<string | number> {
  let parts: unknown
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return invalid(BAD_CURSOR)
  }
  if (!Array.isArray(parts) || parts.length !== n || !parts.every((p) => typeof p === 'string' || typeof p === 'number')) invalid(BAD_CURSOR)
  return parts as Array<string | number>
}

export function validTime(v: string | number): string {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) return invalid(BAD_CURSOR)
  return v
}

/**
 * Keyset paging, newest first: the condition for rows after a cursor of (time, id), its values
 * pushed onto `values`; empty without a cursor. A tampered cursor is 142.
 */
export function afterCursor(cursor: string | undefined, atColumn: string, idColumn: string, values: unknown[]): string {
  if (!cursor) return ''
  const [at, id] = decodeCursor(cursor, 2)
  values.push(validTime(at), String(id))
  return `(${atColumn}, ${idColumn}) < ($${values.length - 1}::timestamptz, $${values.length})`
}

/** Escapes LIKE's wildcards in what people type. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
