/**
 * Help requests (求助): a resident (or family for a senior) asks their building's stewards; a steward
 * accepts (one wins: a conditional UPDATE), both sides reply, the helper resolves, the resident may
 * cancel while it is live. Every step is a HelpEvent for the timeline and a notification.
 * Writes are SQL with the server's clock (now()), so escalation tests can move time.
 */
import type { HelpActorRole, HelpEventKind, HelpInput, HelpRequestDetail, HelpRequestSummary } from '@contract/api-help'
import { pageOf } from '@contract/pages'
import { validateHelpInput, validateReply, validateResolveNote } from '@/domain/help'
import { scopedRole } from '@/domain/roles'
import { now } from '../clock'
import { fail, forbidden, invalid, notFound } from '../errors'
import type { Acting } from '../family/acting'
import { readerHome } from '../notices/access'
import { notify, type Notification } from '../notify'
import { runtime } from '../runtime'
import { inTransaction, newObjectId, type Sql } from '../sql'
import { detailOf, requestRow, requestRows, summaryOf, type Access, type RequestRow } from './views'
import { insertRow, updateRow } from '../db/rows'
import { roleMemberIds, staffCommunityIds, stewardBuildingIds, stewardIdsOf } from '../directory'

const NOT_FOUND = '没有找到这条求助，或您无权查看。'
const LIVE_MAX = 5

export function escalationMinutes(): { normal: number; urgent: number } {
  const c = runtime().config
  return { normal: c.helpEscalateMinutes, urgent: c.helpEscalateUrgentMinutes }
}

export async function addEvent(sql: Sql, requestId: string, kind: HelpEventKind, actor: string | null, role: HelpActorRole, text: string | null, at: Date): Promise<string> {
  const id = newObjectId()
  await insertRow(sql, 'HelpEvent', { request: requestId, kind, actor, actorRole: role, text, at }, { id, at })
  return id
}

/** Tells people, never failing the step that caused it. */
async function tell(items: Notification[]): Promise<void> {
  if (!items.length) return
  try {
    await notify(items)
  } catch (err) {
    console.error(`help notification failed: ${err instanceof Error ? err.message : String(err)}`)
  }
}

function toEach(userIds: string[], n: Omit<Notification, 'userId'>): Notification[] {
  return [...new Set(userIds)].map((userId) => ({ ...n, userId }))
}

const short = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s)

export async function requestHelp(acting: Acting, actorId: string, input: Partial<Record<keyof HelpInput, unknown>>): Promise<{ helpRequestId: string }> {
  const subjectId = acting.subject.id ?? ''
  const home = await readerHome(subjectId)
  if (!home.buildingId || !home.communityId || !home.streetId) forbidden('完成住户登记、绑定楼栋后才能向红管家求助。')
  const v = validateHelpInput(input)
  if (!v.ok) invalid(v.first)
  const at = now()
  const id = newObjectId()
  const stewards = await stewardIdsOf(home.buildingId)
  // With nobody looking after the building, waiting helps no one: it goes to the community at once.
  const escalateNow = stewards.length === 0
  const created = await inTransaction(async (sql) => {
    await sql('SELECT pg_advisory_xact_lock(hashtext($1))', [`help:${subjectId}`])
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "HelpRequest" WHERE "requester" = $1 AND "status" IN ('open', 'accepted')`, [subjectId])
    if (n >= LIVE_MAX) return false
    await insertRow(sql, 'HelpRequest', {
      requester: subjectId, actor: acting.forSenior ? actorId : null, building: home.buildingId, community: home.communityId, street: home.streetId,
      kind: v.value.kind, text: v.value.text, urgent: v.value.urgent, status: 'open', submittedAt: at, escalatedAt: escalateNow ? at : null,
    }, { id, at })
    await addEvent(sql, id, 'submitted', actorId, acting.forSenior ? 'family' : 'resident', v.value.text || null, at)
    if (escalateNow) await addEvent(sql, id, 'escalated', null, 'system', null, at)
    return true
  })
  if (!created) invalid(`您已有${LIVE_MAX}条求助在处理中，请等处理完再提交新的求助。`)
  const row = (await requestRow(id))!
  const what = `${row.requesterRoom ? `${row.buildingName}${row.requesterRoom}` : row.buildingName}的居民需要${v.value.kind}`
  const page = pageOf('helpDetail', id)
  if (escalateNow) {
    await tell(toEach(await roleMemberIds(scopedRole.communityStaff(home.communityId)), { kind: 'helpUpdate', title: '求助待社区处理', body: `${what}（楼栋暂无红管家）。`, page, refId: id }))
  } else {
    await tell(toEach(stewards, { kind: 'helpUpdate', title: v.value.urgent ? '紧急求助' : '新的求助', body: `${what}，请尽快受理。`, page, refId: id }))
  }
  return { helpRequestId: id }
}

/** What a user may do with a request: its requester (or family for them), a steward of its building, staff once escalated. */
export async function accessTo(userId: string, r: RequestRow, subjectId: string = userId): Promise<Access> {
  const requester = r.requester === subjectId
  if (subjectId !== userId) return { requester, helper: null, userId }
  if ((await stewardBuildingIds(userId)).includes(r.building)) return { requester, helper: 'steward', userId }
  if (r.escalatedAt && (await staffCommunityIds(userId)).includes(r.community)) return { requester, helper: 'communityStaff', userId }
  return { requester, helper: null, userId }
}

async function visible(userId: string, requestId: string, subjectId: string = userId): Promise<{ row: RequestRow; access: Access }> {
  const row = await requestRow(requestId)
  if (!row) notFound(NOT_FOUND)
  const access = await accessTo(userId, row, subjectId)
  if (!access.requester && !access.helper) notFound(NOT_FOUND)
  return { row, access }
}

export async function getHelpRequest(userId: string, requestId: string, subjectId: string = userId): Promise<HelpRequestDetail> {
  const { row, access } = await visible(userId, requestId, subjectId)
  return detailOf(row, access, escalationMinutes())
}

export async function myHelpRequests(subjectId: string): Promise<{ items: HelpRequestSummary[] }> {
  const rows = await requestRows('h."requester" = $1', [subjectId])
  return { items: rows.map((r) => summaryOf(r, false)) }
}

export async function stewardHelpInbox(userId: string): Promise<{ items: HelpRequestSummary[] }> {
  const buildings = await stewardBuildingIds(userId)
  if (!buildings.length) forbidden('只有楼道红管家可以查看求助收件箱。')
  // Live ones of every age, and the last month's finished ones for reference.
  const since = new Date(now().getTime() - 30 * 24 * 3600_000)
  const rows = await requestRows(`h."building" = ANY($1) AND (h."status" IN ('open', 'accepted') OR h."submittedAt" >= $2)`, [buildings, since])
  return { items: rows.map((r) => summaryOf(r, true)) }
}

export async function escalatedHelpRequests(userId: string): Promise<{ items: HelpRequestSummary[] }> {
  const communityIds = await staffCommunityIds(userId)
  if (!communityIds.length) forbidden('只有社区工作人员可以查看转来的求助。')
  const since = new Date(now().getTime() - 30 * 24 * 3600_000)
  const rows = await requestRows(
    `h."community" = ANY($1) AND h."escalatedAt" IS NOT NULL AND (h."status" IN ('open', 'accepted') OR h."submittedAt" >= $2)`,
    [communityIds, since],
  )
  return { items: rows.map((r) => summaryOf(r, true)) }
}

function notLive(row: RequestRow): never {
  if (row.status === 'accepted') invalid('这条求助已经有人受理了。')
  invalid('这条求助已经结束了。')
}

export async function acceptHelpRequest(userId: string, requestId: string): Promise<{ status: 'accepted' }> {
  const { row, access } = await visible(userId, requestId)
  if (!access.helper) forbidden('只有本楼栋的红管家或社区工作人员可以受理求助。')
  const at = now()
  const won = await inTransaction(async (sql) => {
    const done = await sql(
      `UPDATE "HelpRequest" SET "status" = 'accepted', "acceptedBy" = $2, "acceptedRole" = $3, "acceptedAt" = $4, "updatedAt" = $4
       WHERE "objectId" = $1 AND "status" = 'open' RETURNING "objectId"`,
      [requestId, userId, access.helper, at],
    )
    if (!done.length) return false
    await addEvent(sql, requestId, 'accepted', userId, access.helper!, null, at)
    return true
  })
  if (!won) notLive((await requestRow(requestId)) ?? row)
  const after = (await requestRow(requestId))!
  await tell([{ userId: row.requester, kind: 'helpUpdate', title: '求助已受理', body: `${after.acceptedByName ?? '红管家'}已受理您的${row.kind}求助，会尽快联系您。`, page: pageOf('helpDetail', requestId), refId: requestId }])
  return { status: 'accepted' }
}

export async function replyHelpRequest(userId: string, requestId: string, text: string, subjectId: string = userId): Promise<{ eventId: string }> {
  const { row, access } = await visible(userId, requestId, subjectId)
  const problem = validateReply(text)
  if (problem) invalid(problem)
  const at = now()
  const role: HelpActorRole = access.helper ?? (subjectId !== userId ? 'family' : 'resident')
  const eventId = await inTransaction(async (sql) => {
    // Lock the request so a reply never lands after a resolve or cancel that committed first.
    const [live] = await sql<{ status: string }>(`SELECT "status" FROM "HelpRequest" WHERE "objectId" = $1 FOR UPDATE`, [requestId])
    if (live?.status !== 'open' && live?.status !== 'accepted') return null
    return addEvent(sql, requestId, 'reply', userId, role, text.trim(), at)
  })
  if (!eventId) notLive({ ...row, status: 'resolved' })
  const page = pageOf('helpDetail', requestId)
  const body = short(text.trim(), 60)
  if (access.helper) {
    await tell([{ userId: row.requester, kind: 'helpUpdate', title: '求助有新回复', body, page, refId: requestId }])
  } else {
    const to = row.acceptedBy ? [row.acceptedBy] : await stewardIdsOf(row.building)
    await tell(toEach(to, { kind: 'helpUpdate', title: '居民回复了求助', body, page, refId: requestId }))
  }
  return { eventId }
}

export async function resolveHelpRequest(userId: string, requestId: string, note: string): Promise<{ status: 'resolved' }> {
  const { row, access } = await visible(userId, requestId)
  if (!access.helper) forbidden('只有受理这条求助的人可以标记解决。')
  const problem = validateResolveNote(note)
  if (problem) invalid(problem)
  if (row.status === 'open') invalid('请先受理这条求助，再标记解决。')
  const staffMayClose = access.helper === 'communityStaff' && row.escalatedAt !== null
  if (row.status === 'accepted' && row.acceptedBy !== userId && !staffMayClose) forbidden('只有受理这条求助的人可以标记解决。')
  const at = now()
  const done = await inTransaction(async (sql) => {
    if (!(await updateRow(sql, 'HelpRequest', requestId, { status: 'resolved', resolvedAt: at }, { at, and: `"status" = 'accepted'` }))) return false
    await addEvent(sql, requestId, 'resolved', userId, access.helper!, note.trim(), at)
    return true
  })
  if (!done) notLive({ ...row, status: 'resolved' })
  await tell([{ userId: row.requester, kind: 'helpUpdate', title: '求助已解决', body: short(`您的${row.kind}求助已处理：${note.trim()}`, 100), page: pageOf('helpDetail', requestId), refId: requestId }])
  return { status: 'resolved' }
}

export async function cancelHelpRequest(userId: string, requestId: string, subjectId: string = userId): Promise<{ status: 'cancelled' }> {
  const { row, access } = await visible(userId, requestId, subjectId)
  if (!access.requester) forbidden('只有提交求助的居民可以取消。')
  const at = now()
  const done = await inTransaction(async (sql) => {
    if (!(await updateRow(sql, 'HelpRequest', requestId, { status: 'cancelled', cancelledAt: at }, { at, and: `"status" IN ('open', 'accepted')` }))) return false
    await addEvent(sql, requestId, 'cancelled', userId, subjectId !== userId ? 'family' : 'resident', null, at)
    return true
  })
  if (!done) fail(142, '这条求助已经结束，不能再取消。')
  if (row.acceptedBy) {
    await tell([{ userId: row.acceptedBy, kind: 'helpUpdate', title: '居民取消了求助', body: `${row.buildingName}的${row.kind}求助已被居民取消。`, page: pageOf('helpDetail', requestId), refId: requestId }])
  }
  return { status: 'cancelled' }
}
