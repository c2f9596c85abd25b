/**
 * Steward assignments and profiles. Assigning adds the person to the app role `steward` and the
 * scoped role `steward_<buildingId>` (which Resident rows' ACLs name), in the same transaction as the
 * assignment row; ending removes them from the scoped role, and from `steward` when they look after no
 * building any more. Parse caches roles per user, so both clear that cache.
 */
import type { BuildingStewards, StewardAssignmentView, StewardProfile } from '@contract/api-help'
import type { PlaceRef } from '@contract/domain'
import { isMobilePhone, maskPhone, normalizePhone } from '@/domain/phone'
import { scopedRole } from '@/domain/roles'
import { validateEndReason, validateStewardProfile } from '@/domain/help'
import { now } from '../clock'
import { fail, forbidden, invalid, notFound } from '../errors'
import { namesOfUsers } from '../queries/people'
import { runtime } from '../runtime'
import { inTransaction, newObjectId, type Sql } from '../sql'
import { claimUploads, releaseUploads } from '../uploads'
import { buildingPlace, requireStaffOver } from './places'
import { addEvent } from './requests'
import { insertRow } from '../db/rows'
import { joinRoles, leaveRoles, stewardBuildingIds } from '../directory'

const UNIQUE_VIOLATION = '23505'
const EMPTY_PROFILE: StewardProfile = { intro: null, dutyHours: null, photoUrl: null }

interface AssignmentRow {
  objectId: string
  steward: string
  building: string
  startedAt: Date
  endedAt: Date | null
  endReason: string | null
  assignedBy: string | null
  endedBy: string | null
  name: string | null
  phone: string | null
  intro: string | null
  dutyHours: string | null
  photoUrl: string | null
}

function profileOf(r: { intro: string | null; dutyHours: string | null; photoUrl: string | null } | undefined): StewardProfile {
  if (!r) return { ...EMPTY_PROFILE }
  return { intro: r.intro || null, dutyHours: r.dutyHours || null, photoUrl: r.photoUrl || null }
}

/** Profiles of several stewards at once, by user id. */
export async function stewardProfiles(userIds: string[]): Promise<Map<string, StewardProfile>> {
  if (!userIds.length) return new Map()
  const { rows } = await runtime().pool.query<{ user: string; intro: string | null; dutyHours: string | null; photoUrl: string | null }>(
    'SELECT "user", "intro", "dutyHours", "photoUrl" FROM "StewardProfile" WHERE "user" = ANY($1)',
    [userIds],
  )
  return new Map(rows.map((r) => [r.user, profileOf(r)]))
}

export async function buildingStewards(user: Parse.User, buildingId: string): Promise<BuildingStewards> {
  const b = await buildingPlace(buildingId)
  await requireStaffOver(user, b)
  const { rows } = await runtime().pool.query<AssignmentRow>(
    `SELECT a."objectId", a."steward", a."building", a."startedAt", a."endedAt", a."endReason", a."assignedBy", a."endedBy",
            r."name", r."phone", p."intro", p."dutyHours", p."photoUrl"
     FROM "StewardAssignment" a
     LEFT JOIN "Resident" r ON r."user" = a."steward"
     LEFT JOIN "StewardProfile" p ON p."user" = a."steward"
     WHERE a."building" = $1
     ORDER BY a."endedAt" DESC NULLS FIRST, a."startedAt" ASC
     LIMIT 200`,
    [buildingId],
  )
  const names = await namesOfUsers(rows.flatMap((r) => [r.assignedBy, r.endedBy]))
  const view = (r: AssignmentRow): StewardAssignmentView => ({
    assignmentId: r.objectId,
    userId: r.steward,
    name: r.name ?? '已注销用户',
    maskedPhone: maskPhone(r.phone),
    startedAt: r.startedAt.toISOString(),
    assignedByName: r.assignedBy ? names.get(r.assignedBy) ?? null : null,
    endedAt: r.endedAt ? r.endedAt.toISOString() : null,
    endReason: r.endReason,
    endedByName: r.endedBy ? names.get(r.endedBy) ?? null : null,
    profile: r.endedAt ? { ...EMPTY_PROFILE } : profileOf(r),
  })
  return {
    building: { id: b.id, name: b.name, compoundName: b.compoundName, communityName: b.communityName },
    current: rows.filter((r) => !r.endedAt).map(view),
    history: rows.filter((r) => r.endedAt).map(view),
  }
}

/** Serialises role changes of one person: assignments and endings of the same steward wait for each other. */
async function lockSteward(sql: Sql, userId: string): Promise<void> {
  await sql('SELECT pg_advisory_xact_lock(hashtext($1))', [`steward:${userId}`])
}

export async function assignSteward(user: Parse.User, buildingId: string, phoneInput: string): Promise<{ assignmentId: string }> {
  const b = await buildingPlace(buildingId)
  await requireStaffOver(user, b)
  const phone = normalizePhone(phoneInput)
  if (!isMobilePhone(phone)) invalid('请填写正确的11位手机号。')
  const { rows } = await runtime().pool.query<{ user: string | null }>(
    `SELECT "user" FROM "Resident" WHERE "phone" = $1 AND "community" = $2 AND "verified" = true AND "user" IS NOT NULL LIMIT 1`,
    [phone, b.communityId],
  )
  const stewardId = rows[0]?.user
  if (!stewardId) notFound(`没有找到这个手机号的${b.communityName}认证居民：红管家须是本社区已认证的居民。`)
  const at = now()
  const assignmentId = newObjectId()
  try {
    await inTransaction(async (sql) => {
      await lockSteward(sql, stewardId)
      await insertRow(sql, 'StewardAssignment', { steward: stewardId, building: b.id, community: b.communityId, startedAt: at, assignedBy: user.id }, { id: assignmentId, at })
    })
  } catch (err) {
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) fail(137, '这位居民已经是这栋楼的红管家。')
    throw err
  }
  // Through Parse, after the assignment commits: Parse clears its role cache, so the roles count at once.
  await joinRoles(stewardId, ['steward', scopedRole.buildingStewards(b.id)])
  return { assignmentId }
}

export async function endStewardAssignment(user: Parse.User, assignmentId: string, reasonInput: string): Promise<{ endedAt: string }> {
  const { rows } = await runtime().pool.query<{ steward: string; building: string; endedAt: Date | null }>(
    'SELECT "steward", "building", "endedAt" FROM "StewardAssignment" WHERE "objectId" = $1',
    [assignmentId],
  )
  const a = rows[0]
  if (!a) notFound('没有找到这条红管家安排。')
  await requireStaffOver(user, await buildingPlace(a.building))
  const problem = validateEndReason(reasonInput)
  if (problem) invalid(problem)
  const at = now()
  const ended = await inTransaction(async (sql) => {
    await lockSteward(sql, a.steward)
    const done = await sql(
      `UPDATE "StewardAssignment" SET "endedAt" = $2, "endReason" = $3, "endedBy" = $4, "updatedAt" = $2
       WHERE "objectId" = $1 AND "endedAt" IS NULL RETURNING "objectId"`,
      [assignmentId, at, reasonInput.trim(), user.id],
    )
    if (!done.length) return null
    // Requests they accepted here and did not finish go back to waiting, for the other stewards and
    // the escalation job; otherwise nobody could resolve them any more.
    const reopened = await sql<{ objectId: string }>(
      `UPDATE "HelpRequest" SET "status" = 'open', "acceptedBy" = NULL, "acceptedRole" = NULL, "acceptedAt" = NULL, "updatedAt" = $3
       WHERE "building" = $1 AND "acceptedBy" = $2 AND "status" = 'accepted' RETURNING "objectId"`,
      [a.building, a.steward, at],
    )
    for (const r of reopened) await addEvent(sql, r.objectId, 'reopened', null, 'system', null, at)
    const left = await stewardBuildingIds(a.steward, sql)
    return [...(left.includes(a.building) ? [] : [scopedRole.buildingStewards(a.building)]), ...(left.length ? [] : ['steward'])]
  })
  if (!ended) invalid('这条安排已经结束了。')
  if (ended.length) await leaveRoles(a.steward, ended)
  return { endedAt: at.toISOString() }
}

async function buildingRefs(ids: string[]): Promise<PlaceRef[]> {
  if (!ids.length) return []
  const { rows } = await runtime().pool.query<{ id: string; name: string }>(
    `SELECT b."objectId" AS id, p."name" || b."name" AS name FROM "Building" b JOIN "Compound" p ON p."objectId" = b."compound"
     WHERE b."objectId" = ANY($1) ORDER BY p."name", b."name"`,
    [ids],
  )
  return rows
}

const NOT_A_STEWARD = '只有楼道红管家可以编辑红管家名片。'

export async function myStewardProfile(user: Parse.User): Promise<{ profile: StewardProfile; buildings: PlaceRef[] }> {
  const userId = user.id ?? ''
  const buildings = await buildingRefs(await stewardBuildingIds(userId))
  if (!buildings.length) forbidden(NOT_A_STEWARD)
  return { profile: (await stewardProfiles([userId])).get(userId) ?? { ...EMPTY_PROFILE }, buildings }
}

export async function saveStewardProfile(
  user: Parse.User,
  params: { intro?: string; dutyHours?: string; photoId?: string | null },
): Promise<{ profile: StewardProfile }> {
  const userId = user.id ?? ''
  if (!(await stewardBuildingIds(userId)).length) forbidden(NOT_A_STEWARD)
  const v = validateStewardProfile(params)
  if (!v.ok) invalid(v.first)
  const at = now()
  const existing = (await runtime().pool.query<{ objectId: string; photoId: string | null; photoUrl: string | null }>(
    'SELECT "objectId", "photoId", "photoUrl" FROM "StewardProfile" WHERE "user" = $1',
    [userId],
  )).rows[0]
  const profileId = existing?.objectId ?? newObjectId()
  let photo = { id: existing?.photoId ?? null, url: existing?.photoUrl ?? null }
  if (params.photoId === null) photo = { id: null, url: null }
  else if (params.photoId && params.photoId !== existing?.photoId) {
    const [ref] = await claimUploads(userId, [params.photoId], 'stewardPhoto', profileId)
    photo = { id: ref.id, url: ref.url }
  }
  // A replaced or removed photo is let go, and deleted with the unattached uploads.
  await releaseUploads(profileId, photo.id ? [photo.id] : [])
  await insertRow(undefined, 'StewardProfile', { user: userId, intro: v.value.intro, dutyHours: v.value.dutyHours, photoId: photo.id, photoUrl: photo.url }, {
    id: profileId,
    at,
    onConflict: { target: '("user") WHERE true', update: ['intro', 'dutyHours', 'photoId', 'photoUrl'] },
  })
  return { profile: profileOf({ intro: v.value.intro, dutyHours: v.value.dutyHours, photoUrl: photo.url }) }
}
