/** The reader's feed (effective, not expired), history search and the unread badge, in SQL. */
import type { NoticeListItem } from '@contract/domain'
import { now } from '../clock'
import { runtime } from '../runtime'
import { readerHome, type ReaderHome } from './access'
import { ITEM_JOINS, ITEM_SELECT, PAGE_DEFAULT, READ_SELECT, afterCursor, decodeCursor, encodeCursor, itemOf, likePattern, validTime, type ItemRow } from './rows'

export interface Page {
  items: NoticeListItem[]
  nextCursor: string | null
}

// $2..$4: the reader's street, community and building (null never matches).
const IN_SCOPE = `(n."scope", n."targetId") IN (('street', $2), ('community', $3), ('building', $4))`
// $5: the server clock's now() (SQL's now() would not follow the test clock).
const LIVE = `n."status" = 'published' AND (n."effectiveFrom" IS NULL OR n."effectiveFrom" <= $5)`
const NOT_EXPIRED = `(n."expiresAt" IS NULL OR n."expiresAt" > $5)`

function scopeParams(userId: string, home: ReaderHome): unknown[] {
  return [userId, home.streetId, home.communityId, home.buildingId, now()]
}

function hasHome(home: ReaderHome): boolean {
  return !!(home.streetId || home.communityId || home.buildingId)
}

async function page(sql: string, values: unknown[], limit: number, keyOf: (r: ItemRow) => Array<string | number>): Promise<Page> {
  const rows = (await runtime().pool.query<ItemRow>(sql, values)).rows
  const more = rows.length > limit
  const shown = rows.slice(0, limit)
  return { items: shown.map((r) => itemOf(r)), nextCursor: more ? encodeCursor(keyOf(shown[shown.length - 1])) : null }
}

/** Pinned first, then newest; the cursor is the last item's (pinned, publishedAt, id), so new notices never shift later pages. */
export async function listMyNotices(userId: string, params: { cursor?: string; limit?: number }): Promise<Page> {
  const home = await readerHome(userId)
  if (!hasHome(home)) return { items: [], nextCursor: null }
  const limit = params.limit ?? PAGE_DEFAULT
  const values = scopeParams(userId, home)
  let after = ''
  if (params.cursor) {
    const [pinned, at, id] = decodeCursor(params.cursor, 3)
    values.push(pinned === 1, validTime(at), String(id))
    after = `AND (COALESCE(n."pinned", false), n."publishedAt", n."objectId") < ($6::boolean, $7::timestamptz, $8)`
  }
  values.push(limit + 1)
  const sql = `SELECT ${ITEM_SELECT}, ${READ_SELECT} FROM (
      SELECT * FROM "Notice" n WHERE ${IN_SCOPE} AND ${LIVE} AND ${NOT_EXPIRED} ${after}
      ORDER BY COALESCE(n."pinned", false) DESC, n."publishedAt" DESC, n."objectId" DESC LIMIT $${values.length}
    ) n ${ITEM_JOINS}
    ORDER BY COALESCE(n."pinned", false) DESC, n."publishedAt" DESC, n."objectId" DESC`
  return page(sql, values, limit, (r) => [r.pinned ? 1 : 0, r.publishedAt.toISOString(), r.id])
}

/** History: published notices of the reader's scopes, expired ones included, newest first. */
export async function searchNotices(userId: string, params: { q?: string; cursor?: string; limit?: number }): Promise<Page> {
  const home = await readerHome(userId)
  if (!hasHome(home)) return { items: [], nextCursor: null }
  const limit = params.limit ?? PAGE_DEFAULT
  const values = scopeParams(userId, home)
  const where: string[] = [IN_SCOPE, LIVE]
  const q = params.q?.trim()
  if (q) {
    values.push(likePattern(q))
    where.push(`(n."title" ILIKE $${values.length} OR n."body" ILIKE $${values.length})`)
  }
  const keyset = afterCursor(params.cursor, 'n."publishedAt"', 'n."objectId"', values)
  if (keyset) where.push(keyset)
  values.push(limit + 1)
  const sql = `SELECT ${ITEM_SELECT}, ${READ_SELECT} FROM (
      SELECT * FROM "Notice" n WHERE ${where.join(' AND ')}
      ORDER BY n."publishedAt" DESC, n."objectId" DESC LIMIT $${values.length}
    ) n ${ITEM_JOINS}
    ORDER BY n."publishedAt" DESC, n."objectId" DESC`
  return page(sql, values, limit, (r) => [r.publishedAt.toISOString(), r.id])
}

/** Feed notices the reader has not opened: the 公告 tab's badge. */
export async function unreadNoticeCount(userId: string): Promise<{ count: number }> {
  const home = await readerHome(userId)
  if (!hasHome(home)) return { count: 0 }
  const { rows } = await runtime().pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Notice" n WHERE ${IN_SCOPE} AND ${LIVE} AND ${NOT_EXPIRED}
       AND NOT EXISTS (SELECT 1 FROM "NoticeRead" r WHERE r."notice" = n."objectId" AND r."user" = $1)`,
    scopeParams(userId, home),
  )
  return { count: rows[0].n }
}
