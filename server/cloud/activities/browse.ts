/** Browsing activities (filters, cursor pages), one activity in full, and a volunteer's own activities. */
import type { ActivityDetail, ActivityFilter, ActivityListItem, ActivityTheme, ActivityStatus, Attendance, MyActivity } from '@contract/api-activities'
import type { PlaceRef } from '@contract/domain'
import { placesLeft } from '@/domain/activity'
import { dayStartIso } from '@/domain/time'
import { now } from '../clock'
import { invalid } from '../errors'
import { REMOVED_NAME } from '../queries/people'
import { runtime } from '../runtime'
import { canManageActivity, loadActivity, type ActivityRow } from './access'
import { creditFor } from './onsite'
import { PAGE_MAX } from '@contract/contract/limits'

const communityNames = async (ids: string[]): Promise<Map<string, string>> => {
  if (!ids.length) return new Map()
  const rows = (await runtime().pool.query<{ objectId: string; name: string }>('SELECT "objectId", "name" FROM "Community" WHERE "objectId" = ANY($1)', [ids])).rows
  return new Map(rows.map((r) => [r.objectId, r.name]))
}

interface MineRow {
  activity: string
  status: 'confirmed' | 'waitlisted'
  seq: number
  position: number | null
}

async function minesOf(userId: string, activityIds: string[]): Promise<Map<string, MineRow>> {
  if (!activityIds.length) return new Map()
  const rows = (
    await runtime().pool.query<MineRow>(
      `SELECT s."activity", s."status", s."seq",
         CASE WHEN s."status" = 'waitlisted' THEN (SELECT count(*)::int FROM "ActivitySignup" w WHERE w."activity" = s."activity" AND w."status" = 'waitlisted' AND w."seq" <= s."seq") END AS position
       FROM "ActivitySignup" s WHERE s."user" = $1 AND s."activity" = ANY($2) AND s."status" IN ('confirmed', 'waitlisted')`,
      [userId, activityIds],
    )
  ).rows
  return new Map(rows.map((r) => [r.activity, r]))
}

function itemOf(a: ActivityRow, names: Map<string, string>, mine: MineRow | undefined): ActivityListItem {
  const confirmed = a.confirmedCount ?? 0
  return {
    id: a.objectId,
    title: a.title,
    theme: a.theme as ActivityTheme,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    placeText: a.placeText,
    capacity: a.capacity,
    confirmed,
    waitlisted: a.waitlistCount ?? 0,
    placesLeft: placesLeft(a.capacity, confirmed),
    signupDeadline: a.signupDeadline.toISOString(),
    status: a.status as ActivityStatus,
    communities: (a.communityIds ?? []).map((id): PlaceRef => ({ id, name: names.get(id) ?? '' })),
    campaignId: a.campaign,
    mine: mine ? { status: mine.status, position: mine.position } : null,
  }
}

function decodeCursor(cursor: string): [string, string] {
  const [at, id] = cursor.split('|')
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[A-Za-z0-9]{1,32}$/.test(id)) invalid('翻页位置无效，请刷新列表。')
  return [at, id]
}

/** Open activities from today on by default, soonest first; filters narrow them. */
export async function listActivities(userId: string, f: ActivityFilter): Promise<{ items: ActivityListItem[]; nextCursor: string | null }> {
  const limit = Math.min(f.limit ?? 20, PAGE_MAX)
  const values: unknown[] = []
  const where: string[] = [`a."status" <> 'cancelled'`]
  const add = (v: unknown) => {
    values.push(v)
    return `$${values.length}`
  }
  const from = f.from ? dayStartIso(f.from) : f.campaignId ? null : now().toISOString()
  if (from) where.push(`a."endsAt" > ${add(from)}`)
  if (f.to) where.push(`a."startsAt" < (${add(dayStartIso(f.to))}::timestamptz + interval '1 day')`)
  if (f.communityId) where.push(`(a."communityIds" @> ${add(JSON.stringify([f.communityId]))}::jsonb OR a."communityIds" = '[]'::jsonb)`)
  if (f.theme) where.push(`a."theme" = ${add(f.theme)}`)
  if (f.hasPlaces) where.push(`COALESCE(a."confirmedCount", 0) < a."capacity" AND a."status" = 'open'`)
  if (f.campaignId) where.push(`a."campaign" = ${add(f.campaignId)}`)
  if (f.cursor) {
    const [at, id] = decodeCursor(f.cursor)
    where.push(`(a."startsAt", a."objectId") > (${add(at)}::timestamptz, ${add(id)})`)
  }
  const rows = (
    await runtime().pool.query<ActivityRow>(`SELECT * FROM "Activity" a WHERE ${where.join(' AND ')} ORDER BY a."startsAt", a."objectId" LIMIT ${add(limit + 1)}`, values)
  ).rows
  const shown = rows.slice(0, limit)
  const names = await communityNames([...new Set(shown.flatMap((a) => a.communityIds ?? []))])
  const mine = await minesOf(userId, shown.map((a) => a.objectId))
  const last = shown[shown.length - 1]
  return {
    items: shown.map((a) => itemOf(a, names, mine.get(a.objectId))),
    nextCursor: rows.length > limit && last ? `${last.startsAt.toISOString()}|${last.objectId}` : null,
  }
}

export async function getActivity(user: Parse.User, activityId: string): Promise<{ activity: ActivityDetail }> {
  const a = await loadActivity(activityId)
  const userId = user.id as string
  const names = await communityNames(a.communityIds ?? [])
  const mine = await minesOf(userId, [activityId])
  const [org] = (await runtime().pool.query<{ name: string }>('SELECT "name" FROM "Resident" WHERE "user" = $1 LIMIT 1', [a.organiser])).rows
  const [campaign] = a.campaign ? (await runtime().pool.query<{ objectId: string; name: string }>('SELECT "objectId", "name" FROM "Campaign" WHERE "objectId" = $1', [a.campaign])).rows : []
  const [att] = (
    await runtime().pool.query<{ objectId: string; checkInAt: Date | null; checkOutAt: Date | null; attendance: Attendance | null; credited: number | null }>(
      `SELECT s."objectId", s."checkInAt", s."checkOutAt", s."attendance", e."hours" AS credited FROM "ActivitySignup" s
       LEFT JOIN "TimeBankEntry" e ON e."sourceKey" = 'attendance:' || s."objectId"
       WHERE s."activity" = $1 AND s."user" = $2 AND s."status" = 'confirmed'`,
      [activityId, userId],
    )
  ).rows
  const [point] = (await runtime().pool.query<{ lat: number | null; lng: number | null }>('SELECT "location"[1] AS lat, "location"[0] AS lng FROM "Activity" WHERE "objectId" = $1', [activityId])).rows
  return {
    activity: {
      ...itemOf(a, names, mine.get(activityId)),
      description: a.description ?? '',
      bring: a.bring ?? '',
      place: {
        text: a.placeText,
        ...(a.placeCommunity ? { communityId: a.placeCommunity } : {}),
        ...(a.placeBuilding ? { buildingId: a.placeBuilding } : {}),
        ...(point?.lat != null && point.lng != null ? { lat: point.lat, lng: point.lng } : {}),
      },
      fixedHours: a.fixedHours,
      organiser: { name: org?.name ?? REMOVED_NAME, role: a.organiserRole ?? '志愿者' },
      campaign: campaign ? { id: campaign.objectId, name: campaign.name } : null,
      canManage: await canManageActivity(user, a),
      myAttendance: att
        ? {
            checkInAt: att.checkInAt?.toISOString() ?? null,
            checkOutAt: att.checkOutAt?.toISOString() ?? null,
            attendance: att.attendance,
            hours: att.credited ?? (att.checkInAt && att.checkOutAt ? creditFor(a, att) : null),
          }
        : null,
    },
  }
}

/** The caller's live sign-ups: upcoming (not yet ended, not closed) and past, with their hours. */
export async function myActivities(userId: string): Promise<{ upcoming: MyActivity[]; past: MyActivity[] }> {
  const rows = (
    await runtime().pool.query<ActivityRow & { signup: 'confirmed' | 'waitlisted'; seq: number; attendance: Attendance | null; credited: number | null; position: number | null }>(
      `SELECT a.*, s."status" AS signup, s."seq", s."attendance", e."hours" AS credited,
         CASE WHEN s."status" = 'waitlisted' THEN (SELECT count(*)::int FROM "ActivitySignup" w WHERE w."activity" = a."objectId" AND w."status" = 'waitlisted' AND w."seq" <= s."seq") END AS position
       FROM "ActivitySignup" s JOIN "Activity" a ON a."objectId" = s."activity"
       LEFT JOIN "TimeBankEntry" e ON e."sourceKey" = 'attendance:' || s."objectId"
       WHERE s."user" = $1 AND s."status" IN ('confirmed', 'waitlisted') ORDER BY a."startsAt" DESC LIMIT 500`,
      [userId],
    )
  ).rows
  const at = now().getTime()
  const upcoming: MyActivity[] = []
  const past: MyActivity[] = []
  for (const r of rows) {
    const item: MyActivity = {
      id: r.objectId,
      title: r.title,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      placeText: r.placeText,
      status: r.status as ActivityStatus,
      signup: r.signup,
      position: r.position,
      attendance: r.attendance,
      hours: r.credited,
    }
    if (r.status === 'open' && r.endsAt.getTime() > at) upcoming.unshift(item)
    else if (r.signup === 'confirmed') past.push(item)
  }
  return { upcoming, past }
}
