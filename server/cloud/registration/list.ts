/**
 * The staff queue: summaries of the registrations of the caller's community (street staff: their
 * street), newest first. Full details only through openRegistration, which logs each opening.
 */
import { APP_TIMEZONE, dayjs } from '@/domain/time'
import type { CloudParams, CloudResult } from '@contract/api'
import { forbidden, invalid } from '../errors'
import { isoOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'
import { staffScopeOf } from '../directory'
import { REGISTRATION_INCLUDES, registrationSummary } from './views'

const MASTER = { useMasterKey: true } as const
export const PAGE_DEFAULT = 20
const BAD_CURSOR = '翻页位置无效，请刷新列表。'

interface Cursor {
  at: string
  id: string
}

// The cursor is opaque to clients: the last item's time and id, so paging is stable while new
// registrations arrive at the top.
function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.at}|${c.id}`).toString('base64url')
}

function decodeCursor(text: string): Cursor {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|')
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^\w+$/.test(id)) invalid(BAD_CURSOR)
  return { at, id }
}

/** A calendar day (YYYY-MM-DD) in Asia/Shanghai (APP_TIMEZONE), as the instant it starts. */
function dayStart(day: string): Date {
  return dayjs.tz(day, APP_TIMEZONE).toDate()
}

function registrations(): Parse.Query {
  return new Parse.Query('Registration')
}

export async function listRegistrations(user: Parse.User, params: CloudParams<'listRegistrations'>): Promise<CloudResult<'listRegistrations'>> {
  const scope = await staffScopeOf(user)
  const scoped: Parse.Query[] = []
  if (scope.streetIds.length) scoped.push(registrations().containedIn('street', scope.streetIds.map((id) => pointer('Street', id))))
  if (scope.communityIds.length) scoped.push(registrations().containedIn('community', scope.communityIds.map((id) => pointer('Community', id))))
  if (!scoped.length) forbidden('您还没有负责的社区，请联系街道开通。')
  const parts: Parse.Query[] = [Parse.Query.or(...scoped)]
  if (params.cursor) {
    const c = decodeCursor(params.cursor)
    const at = new Date(c.at)
    parts.push(Parse.Query.or(registrations().lessThan('createdAt', at), registrations().equalTo('createdAt', at).lessThan('objectId', c.id)))
  }
  const query = parts.length > 1 ? Parse.Query.and(...parts) : parts[0]
  if (params.status) query.equalTo('status', params.status)
  if (params.compoundId) query.equalTo('compound', pointer('Compound', params.compoundId))
  if (params.from) query.greaterThanOrEqualTo('createdAt', dayStart(params.from))
  if (params.to) query.lessThan('createdAt', dayjs(dayStart(params.to)).add(1, 'day').toDate())
  const limit = params.limit ?? PAGE_DEFAULT
  const rows = await query
    .descending('createdAt')
    .addDescending('objectId')
    .include(REGISTRATION_INCLUDES)
    .limit(limit + 1)
    .find(MASTER)
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: isoOf(last, 'createdAt') ?? '', id: idOf(last) }) : null
  return { items: page.map(registrationSummary), nextCursor }
}
