/** Campaigns and activities: staff create them one by one or one per Saturday of a campaign. */
import type { ActivityInput, Campaign, CalendarDay, ActivityTheme } from '@contract/api-activities'
import { atDayTime, isTimeOfDay, placesLeft, saturdaysBetween, validateActivity, validateCampaign } from '@/domain/activity'
import { dayOf } from '@/domain/time'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { staffScopeOf } from '../directory'
import { runtime } from '../runtime'
import { inTransaction, newObjectId, type Sql } from '../sql'
import { ACTIVITY_NOT_FOUND, NOT_STAFF, creationScope, organiserByPhone, organiserRoleOf, streetsOfCommunities } from './access'
import { geoPoint, insertRow, reader } from '../db/rows'

export async function createCampaign(user: Parse.User, p: { name: string; startsOn: string; endsOn: string }): Promise<{ campaignId: string }> {
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length) forbidden('只有街道工作人员可以发起召集令。')
  const problem = validateCampaign(p)
  if (problem) invalid(problem)
  const id = newObjectId()
  await insertRow(undefined, 'Campaign', { name: p.name.trim(), street: staff.streetIds[0], startsOn: p.startsOn, endsOn: p.endsOn, createdBy: user.id }, { id })
  return { campaignId: id }
}

interface CampaignRow {
  objectId: string
  name: string
  street: string
  startsOn: string
  endsOn: string
  n: number
}

const CAMPAIGN_SELECT = `SELECT c."objectId", c."name", c."street", c."startsOn", c."endsOn",
  (SELECT count(*)::int FROM "Activity" a WHERE a."campaign" = c."objectId" AND a."status" <> 'cancelled') AS n FROM "Campaign" c`

/** A campaign row as the app sees it, mapped in one place. */
const campaigns = reader((r: CampaignRow): Campaign => ({ id: r.objectId, name: r.name, startsOn: r.startsOn, endsOn: r.endsOn, activityCount: r.n }))

export async function listCampaigns(): Promise<{ campaigns: Campaign[] }> {
  return { campaigns: await campaigns.all(undefined, `${CAMPAIGN_SELECT} ORDER BY c."startsOn" DESC LIMIT 50`) }
}

async function loadCampaign(campaignId: string): Promise<CampaignRow> {
  const rows = (await runtime().pool.query<CampaignRow>(`${CAMPAIGN_SELECT} WHERE c."objectId" = $1`, [campaignId])).rows
  if (!rows[0]) notFound('没有找到这个召集令。')
  return rows[0]
}

/** Every day of the campaign with activities, in order, with places left. */
export async function campaignCalendar(campaignId: string): Promise<{ campaign: Campaign; days: CalendarDay[] }> {
  const c = await loadCampaign(campaignId)
  const rows = (
    await runtime().pool.query<{ objectId: string; title: string; theme: ActivityTheme; startsAt: Date; capacity: number; confirmedCount: number | null }>(
      `SELECT "objectId", "title", "theme", "startsAt", "capacity", "confirmedCount" FROM "Activity"
       WHERE "campaign" = $1 AND "status" <> 'cancelled' ORDER BY "startsAt", "objectId" LIMIT 2000`,
      [campaignId],
    )
  ).rows
  const days = new Map<string, CalendarDay>()
  for (const r of rows) {
    const day = dayOf(r.startsAt.toISOString())
    if (!days.has(day)) days.set(day, { day, activities: [] })
    days.get(day)!.activities.push({ id: r.objectId, title: r.title, theme: r.theme, placesLeft: placesLeft(r.capacity, r.confirmedCount ?? 0) })
  }
  return { campaign: campaigns.map(c), days: [...days.values()] }
}

interface Prepared {
  value: ActivityInput
  streetId: string
  communityIds: string[]
  organiser: string
  organiserRole: string
}

async function prepare(user: Parse.User, input: ActivityInput): Promise<Prepared> {
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length && !staff.communityIds.length) forbidden(NOT_STAFF)
  const v = validateActivity(input, now())
  if (!v.ok) invalid(v.first)
  const scope = await creationScope(user, v.value.communityIds ?? [])
  if (v.value.place.communityId) {
    const s = await streetsOfCommunities([v.value.place.communityId])
    if (s.get(v.value.place.communityId) !== scope.streetId) invalid('集合地点的社区不在本街道，请重新选择。')
  }
  if (v.value.campaignId) {
    const c = await loadCampaign(v.value.campaignId)
    if (c.street !== scope.streetId) forbidden('只能把活动加入本街道的召集令。')
  }
  const organiser = v.value.organiserPhone
    ? await organiserByPhone(v.value.organiserPhone, scope.streetId, scope.communityIds)
    : { userId: user.id as string, role: await organiserRoleOf(user.id as string) }
  return { value: v.value, streetId: scope.streetId, communityIds: scope.communityIds, organiser: organiser.userId, organiserRole: organiser.role }
}

async function insertActivity(sql: Sql, user: Parse.User, p: Prepared): Promise<string> {
  const v = p.value
  const id = newObjectId()
  await insertRow(sql, 'Activity', {
    title: v.title, theme: v.theme, street: p.streetId, campaign: v.campaignId ?? null, communityIds: p.communityIds,
    startsAt: v.startsAt, endsAt: v.endsAt, signupDeadline: v.signupDeadline,
    placeText: v.place.text, placeCommunity: v.place.communityId ?? null, placeBuilding: v.place.buildingId ?? null,
    capacity: v.capacity, description: v.description ?? null, bring: v.bring ?? null, fixedHours: v.fixedHours ?? null,
    organiser: p.organiser, organiserRole: p.organiserRole, createdBy: user.id,
    status: 'open', confirmedCount: 0, waitlistCount: 0, signupSeq: 0,
    location: v.place.lat !== undefined && v.place.lng !== undefined ? geoPoint(v.place.lng, v.place.lat) : null,
  }, { id })
  return id
}

export async function createActivity(user: Parse.User, input: ActivityInput): Promise<{ activityId: string }> {
  const p = await prepare(user, input)
  const activityId = await inTransaction((sql) => insertActivity(sql, user, p))
  return { activityId }
}

/** One activity per Saturday of the campaign still ahead; all or none are created. */
export async function generateCampaignActivities(
  user: Parse.User,
  params: Omit<ActivityInput, 'startsAt' | 'endsAt' | 'signupDeadline' | 'campaignId'> & { campaignId: string; startTime: string; endTime: string; deadlineHoursBefore?: number },
): Promise<{ activityIds: string[] }> {
  const { campaignId, startTime, endTime, deadlineHoursBefore, ...template } = params
  const staff = await staffScopeOf(user)
  if (!staff.streetIds.length && !staff.communityIds.length) forbidden(NOT_STAFF)
  if (!isTimeOfDay(startTime) || !isTimeOfDay(endTime)) invalid('请选择活动的开始和结束时刻。')
  if (endTime <= startTime) invalid('结束时间必须晚于开始时间。')
  const before = deadlineHoursBefore ?? 12
  if (typeof before !== 'number' || before < 0 || before > 24 * 14) invalid('报名截止应为活动前0到336小时。')
  const c = await loadCampaign(campaignId)
  const at = now().getTime()
  const days = saturdaysBetween(c.startsOn, c.endsOn).filter((d) => new Date(atDayTime(d, startTime)).getTime() - before * 3_600_000 > at)
  if (!days.length) invalid('这个召集令已没有尚未开始的周六。')
  const prepared: Prepared[] = []
  for (const day of days) {
    const startsAt = atDayTime(day, startTime)
    const signupDeadline = new Date(new Date(startsAt).getTime() - before * 3_600_000).toISOString()
    prepared.push(await prepare(user, { ...template, campaignId, startsAt, endsAt: atDayTime(day, endTime), signupDeadline }))
  }
  const activityIds = await inTransaction(async (sql) => {
    const ids: string[] = []
    for (const p of prepared) ids.push(await insertActivity(sql, user, p))
    return ids
  })
  return { activityIds }
}

export { ACTIVITY_NOT_FOUND }
