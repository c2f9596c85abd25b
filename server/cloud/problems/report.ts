/** Reporting a problem (a resident) and recording one collected on a visit (staff, stewards, grid leaders). */
import type { ProblemInput, ProblemPhoto, VisitProblemInput } from '@contract/api-problems'
import type { PlaceRef } from '@contract/domain'
import { deadlinesFor, validateProblem, type ProblemDraft } from '@/domain/problem'
import { now } from '../clock'
import { forbidden, invalid, notFound } from '../errors'
import { runtime } from '../runtime'
import { inTransaction, newObjectId, type Sql } from '../sql'
import { claimUploads } from '../uploads'
import { isStaffOver, viewerOf, type Viewer } from './access'
import { addEvent, tell } from './events'
import { buildingRefs, residentPlace, routeOf, type BuildingRoute } from './places'
import { solveDaysFor } from './rules'
import { insertRow } from '../db/rows'

const NO_BUILDING = '没有找到这个楼栋，请重新选择。'

/** Claims the photos inside the problem's transaction: a refused report leaves them free to use again. */
async function photosOf(userId: string, ids: string[], problemId: string, sql: Sql): Promise<ProblemPhoto[]> {
  if (!ids.length) return []
  return (await claimUploads(userId, ids, 'problem', problemId, sql)).map((u) => ({ id: u.id, url: u.url }))
}

interface NewProblem {
  draft: ProblemDraft
  route: BuildingRoute
  reporter: string | null
  recordedBy: string | null
  source: 'app' | 'visit'
  actor: string
}

async function insertProblem(p: NewProblem): Promise<string> {
  const problemId = newObjectId()
  const at = now()
  const solveDays = await solveDaysFor(p.route.street, p.draft.category)
  const { replyDueAt, solveDueAt } = deadlinesFor(at, solveDays)
  await inTransaction(async (sql) => {
    const photos = await photosOf(p.actor, p.draft.photoIds, problemId, sql)
    const { street, community, grid, microGrid, handler } = p.route
    await insertRow(sql, 'Problem', {
      reporter: p.reporter, recordedBy: p.recordedBy, source: p.source, category: p.draft.category, description: p.draft.description,
      location: p.draft.location ?? null, photos, showNameToHandler: p.draft.showNameToHandler,
      street, community, grid, microGrid, building: p.route.id, handler,
      status: 'received', reportedAt: at, replyDueAt, solveDueAt, autoConfirmed: false, reopenCount: 0, escalation: 0,
    }, { id: problemId, at })
    await addEvent(sql, { problemId, kind: p.source === 'visit' ? 'recorded' : 'reported', actor: p.actor, photos, at })
  })
  await tell([p.route.handler], p.actor, problemId, '新的居民问题', `${p.draft.category}：${[...p.draft.description].slice(0, 40).join('')}`)
  if (p.source === 'visit') await tell([p.reporter], p.actor, problemId, '走访问题已登记', '您在走访中反映的问题已登记，处理进展会及时告诉您。')
  return problemId
}

function checked(input: ProblemInput | VisitProblemInput): ProblemDraft {
  const v = validateProblem({ ...input })
  if (!v.ok) invalid(v.first)
  return v.value
}

export async function reportProblem(user: Parse.User, input: ProblemInput): Promise<{ problemId: string }> {
  const userId = user.id ?? ''
  const home = await residentPlace(userId)
  if (!home) forbidden('请先完成住户登记，再反映问题。')
  const draft = checked(input)
  const route = await routeOf(input.buildingId ?? home.building)
  if (!route) notFound(NO_BUILDING)
  if (route.community !== home.community) forbidden('只能反映本社区里的问题，请选择本社区的楼栋。')
  return { problemId: await insertProblem({ draft, route, reporter: userId, recordedBy: null, source: 'app', actor: userId }) }
}

/** May record visit-day problems for a building: its stewards, its micro-grid's leaders, staff of its community or street. */
function mayRecordFor(v: Viewer, route: BuildingRoute): boolean {
  return v.stewardBuildingIds.includes(route.id) || (!!route.microGrid && v.microGridIds.includes(route.microGrid)) || isStaffOver(v, route)
}

const NOT_A_VISITOR = '只有社区、街道工作人员、楼道红管家和网格长可以登记走访问题。'

export async function recordVisitProblem(user: Parse.User, input: VisitProblemInput): Promise<{ problemId: string }> {
  const v = await viewerOf(user)
  if (!v.staff.streetIds.length && !v.staff.communityIds.length && !v.stewardBuildingIds.length && !v.microGridIds.length) forbidden(NOT_A_VISITOR)
  const draft = checked(input)
  const route = await routeOf(input.buildingId)
  if (!route) notFound(NO_BUILDING)
  if (!mayRecordFor(v, route)) forbidden('您只能为自己负责的楼栋登记走访问题。')
  let reporter: string | null = null
  if (input.residentPhone !== undefined && input.residentPhone !== '') {
    if (typeof input.residentPhone !== 'string' || !/^1\d{10}$/.test(input.residentPhone)) invalid('请填写正确的11位手机号，或者不填。')
    const { rows } = await runtime().pool.query<{ user: string }>(
      `SELECT "user" FROM "Resident" WHERE "phone" = $1 AND "building" = $2 AND "verified" = true AND "user" IS NOT NULL LIMIT 1`,
      [input.residentPhone, route.id],
    )
    if (!rows[0]) invalid('这个楼栋里没有登记这个手机号的住户，请核对，或者不填手机号。')
    reporter = rows[0].user
  }
  return { problemId: await insertProblem({ draft, route, reporter, recordedBy: v.userId, source: 'visit', actor: v.userId }) }
}

export async function problemReportPlaces(user: Parse.User): Promise<{ building: PlaceRef | null; buildings: PlaceRef[] }> {
  const home = await residentPlace(user.id ?? '')
  if (!home) return { building: null, buildings: [] }
  const buildings = await buildingRefs('b."community" = $1', [home.community])
  return { building: buildings.find((b) => b.id === home.building) ?? null, buildings }
}

export async function visitBuildings(user: Parse.User): Promise<{ buildings: PlaceRef[] }> {
  const v = await viewerOf(user)
  const buildings = await buildingRefs(
    `(b."objectId" = ANY($1) OR b."microGrid" = ANY($2) OR b."community" = ANY($3) OR b."street" = ANY($4))`,
    [v.stewardBuildingIds, v.microGridIds, v.staff.communityIds, v.staff.streetIds],
  )
  return { buildings }
}
