/** Opening one notice and marking it read: only readers in its scope, or those who manage it. */
import type { NoticeDetail, RoleName } from '@contract/domain'
import { notFound } from '../errors'
import { namesOfUsers } from '../queries/people'
import { runtime } from '../runtime'
import { now } from '../clock'
import { insertRow } from '../db/rows'
import { canManage, reaches, readerHome } from './access'
import { ITEM_JOINS, ITEM_SELECT, READ_SELECT, itemOf, type ItemRow } from './rows'

const NOT_FOUND = '没有找到这条公告，它可能已被撤回或不在您的范围内。'

interface DetailRow extends ItemRow {
  body: string
  targetId: string
  status: string
  street: string | null
  community: string | null
  publisher: string | null
  publisherRole: string
  effectiveFrom: Date | null
  hiddenReason: string | null
  images: Array<{ id: string; url: string }> | null
  live: boolean
}

async function row(userId: string, noticeId: string): Promise<DetailRow | undefined> {
  const { rows } = await runtime().pool.query<DetailRow>(
    `SELECT ${ITEM_SELECT}, ${READ_SELECT}, n."body", n."targetId", n."status", n."street", n."community", n."publisher",
       n."publisherRole", n."effectiveFrom", n."hiddenReason", n."images",
       (n."status" = 'published' AND (n."effectiveFrom" IS NULL OR n."effectiveFrom" <= $3)) AS "live"
     FROM "Notice" n ${ITEM_JOINS} WHERE n."objectId" = $2`,
    [userId, noticeId, now()],
  )
  return rows[0]
}

/** A notice the caller may see, and whether they manage it; anything else is 101, as if it were not there. */
async function visible(user: Parse.User, noticeId: string): Promise<{ r: DetailRow; manages: boolean }> {
  const userId = user.id ?? ''
  const r = await row(userId, noticeId)
  if (!r) notFound(NOT_FOUND)
  // A draft is its author's alone, staff over its scope included.
  if (r.status === 'draft' && r.publisher !== userId) notFound(NOT_FOUND)
  const manages = await canManage(user, { publisherId: r.publisher, streetId: r.street, communityId: r.community })
  if (manages) return { r, manages }
  if (!r.live || !reaches(await readerHome(userId), r.scope, r.targetId)) notFound(NOT_FOUND)
  return { r, manages }
}

export async function getNotice(user: Parse.User, noticeId: string): Promise<NoticeDetail> {
  const { r, manages } = await visible(user, noticeId)
  const names = await namesOfUsers([r.publisher])
  return {
    ...itemOf(r),
    body: r.body,
    publisherName: (r.publisher && names.get(r.publisher)) || '',
    publisherRole: r.publisherRole as RoleName,
    effectiveFrom: r.effectiveFrom?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    status: r.status as NoticeDetail['status'],
    canManage: manages,
    hiddenReason: manages ? r.hiddenReason : null,
    images: (r.images ?? []).map((i) => ({ id: i.id, url: i.url })),
  }
}

/** Idempotent: the unique (notice, user) index keeps one read however many taps race. */
export async function markNoticeRead(user: Parse.User, noticeId: string): Promise<{ read: true }> {
  await visible(user, noticeId)
  const home = await readerHome(user.id ?? '')
  const at = now()
  await insertRow(undefined, 'NoticeRead', { notice: noticeId, user: user.id, building: home.buildingId, room: home.room, at }, { at, onConflict: 'nothing' })
  return { read: true }
}
