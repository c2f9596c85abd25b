/** Read receipts: households in scope, households with a read, and for building notices the unread rooms. */
import type { NoticeListItem, NoticeReadStats, NoticeStatus } from '@contract/domain'
import { forbidden, invalid, notFound } from '../errors'
import { runtime } from '../runtime'
import { canManage } from './access'
import { ITEM_JOINS, ITEM_SELECT, PAGE_DEFAULT, READ_SELECT, afterCursor, encodeCursor, itemOf, type ItemRow } from './rows'

const COLUMN: Record<string, string> = { street: 'street', community: 'community', building: 'building' }
// A household is a building + room with a verified resident.
const HOUSEHOLD = `res."verified" = true AND res."building" IS NOT NULL AND res."room" IS NOT NULL`

type HouseholdCache = Map<string, Promise<number>>

/** The publisher's own household: left out of their notice's receipts (they wrote it; their door needs no knock). */
interface Household {
  building: string
  room: string
  street: string | null
  community: string | null
}

async function householdOf(userId: string | null): Promise<Household | null> {
  if (!userId) return null
  const { rows } = await runtime().pool.query<Household>(
    `SELECT res."building", res."room", res."street", res."community" FROM "Resident" res WHERE res."user" = $1 AND ${HOUSEHOLD} LIMIT 1`,
    [userId],
  )
  return rows[0] ?? null
}

function within(h: Household | null, col: string, targetId: string): h is Household {
  return !!h && (h as unknown as Record<string, string | null>)[col] === targetId
}

async function householdsIn(col: string, targetId: string): Promise<number> {
  const [h] = (await runtime().pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT DISTINCT res."building", res."room" FROM "Resident" res WHERE res."${col}" = $1 AND ${HOUSEHOLD}) h`,
    [targetId],
  )).rows
  return h.n
}

/** Households of a scope, counted once per call however many notices share it (a street is 300,000 residents). */
async function counts(noticeId: string, scope: string, targetId: string, own: Household | null, cache: HouseholdCache = new Map()): Promise<NoticeReadStats> {
  const col = COLUMN[scope]
  if (!col) return { households: 0, readHouseholds: 0 }
  const pool = runtime().pool
  const key = `${col}:${targetId}`
  if (!cache.has(key)) cache.set(key, householdsIn(col, targetId))
  const mine = within(own, col, targetId)
  const households = (await cache.get(key)!) - (mine ? 1 : 0)
  const [read] = (await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT DISTINCT r."building", r."room" FROM "NoticeRead" r WHERE r."notice" = $2
       AND NOT (r."building" = $3 AND r."room" = $4)
       AND EXISTS (SELECT 1 FROM "Resident" res WHERE res."building" = r."building" AND res."room" = r."room" AND res."${col}" = $1 AND ${HOUSEHOLD})) h`,
    [targetId, noticeId, mine ? own.building : '', mine ? own.room : ''],
  )).rows
  return { households, readHouseholds: read.n }
}

async function unreadRooms(noticeId: string, buildingId: string, own: Household | null): Promise<string[]> {
  const { rows } = await runtime().pool.query<{ room: string }>(
    `SELECT DISTINCT res."room" FROM "Resident" res WHERE res."building" = $1 AND ${HOUSEHOLD} AND res."room" <> $3
       AND NOT EXISTS (SELECT 1 FROM "NoticeRead" r WHERE r."notice" = $2 AND r."building" = res."building" AND r."room" = res."room")
     ORDER BY res."room"`,
    [buildingId, noticeId, own?.building === buildingId ? own.room : ''],
  )
  return rows.map((r) => r.room)
}

export async function noticeReadStats(user: Parse.User, noticeId: string): Promise<NoticeReadStats> {
  const { rows } = await runtime().pool.query<{ scope: string; targetId: string; publisher: string | null; street: string | null; community: string | null; status: string }>(
    'SELECT "scope", "targetId", "publisher", "street", "community", "status" FROM "Notice" WHERE "objectId" = $1',
    [noticeId],
  )
  const n = rows[0]
  if (!n || (n.status === 'draft' && n.publisher !== user.id)) notFound('没有找到这条公告。')
  if (n.status === 'draft') invalid('草稿还没有发布，暂无阅读情况。')
  if (!(await canManage(user, { publisherId: n.publisher, streetId: n.street, communityId: n.community }))) {
    forbidden('只有发布人或负责该范围的工作人员可以查看阅读情况。')
  }
  const own = await householdOf(n.publisher)
  const stats = await counts(noticeId, n.scope, n.targetId, own)
  return n.scope === 'building' ? { ...stats, unreadRooms: await unreadRooms(noticeId, n.targetId, own) } : stats
}

type PublishedItem = NoticeListItem & { status: NoticeStatus; readHouseholds: number; households: number }

/** What the caller published, newest first, every status, with read counts. */
export async function myPublishedNotices(user: Parse.User, params: { cursor?: string; limit?: number }): Promise<{ items: PublishedItem[]; nextCursor: string | null }> {
  const limit = params.limit ?? PAGE_DEFAULT
  const values: unknown[] = [user.id]
  const keyset = afterCursor(params.cursor, 'n."publishedAt"', 'n."objectId"', values)
  const after = keyset && `AND ${keyset}`
  values.push(limit + 1)
  const { rows } = await runtime().pool.query<ItemRow & { status: string; targetId: string }>(
    `SELECT ${ITEM_SELECT}, ${READ_SELECT}, n."status", n."targetId" FROM (
       SELECT * FROM "Notice" n WHERE n."publisher" = $1 ${after} ORDER BY n."publishedAt" DESC, n."objectId" DESC LIMIT $${values.length}
     ) n ${ITEM_JOINS} ORDER BY n."publishedAt" DESC, n."objectId" DESC`,
    values,
  )
  const shown = rows.slice(0, limit)
  const items: PublishedItem[] = []
  const cache: HouseholdCache = new Map()
  const own = await householdOf(user.id ?? null)
  for (const r of shown) {
    const stats = r.status === 'draft' ? { households: 0, readHouseholds: 0 } : await counts(r.id, r.scope, r.targetId, own, cache)
    items.push({ ...itemOf(r), status: r.status as NoticeStatus, ...stats })
  }
  const last = shown[shown.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.publishedAt.toISOString(), last.id]) : null }
}
