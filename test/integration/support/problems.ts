/** Building blocks of the problem suites: valid reports and the people around the demo building. */
import type { ProblemInput } from '@contract/api-problems'
import type { TestClient } from './client'
import type { TestDb } from './db'

let n = 0

/** A report that passes every rule; the description is unique so tests can find it. */
export function report(overrides: Partial<Record<keyof ProblemInput, unknown>> = {}): ProblemInput {
  n += 1
  return { category: '设施维修', description: `楼道灯坏了${n}-${process.pid % 1000}，晚上看不见台阶。`, ...overrides } as ProblemInput
}

export interface ProblemPeople {
  /** The demo building (1幢) and its micro-grid. */
  buildingId: string
  microGridId: string
  communityId: string
  otherCommunityId: string
  /** A building of another micro-grid in the same community, and that micro-grid's leader's phone. */
  otherGridBuildingId: string
  otherGridLeaderPhone: string
  otherGridLeaderId: string
  gridLeaderId: string
  /** A building of another community. */
  otherCommunityBuildingId: string
}

export async function problemPeople(api: TestClient, db: TestDb, residentToken: string): Promise<ProblemPeople> {
  const home = await api.ok('myHome', {}, residentToken)
  const [b] = await db.rows<{ microGrid: string; community: string }>('SELECT "microGrid", "community" FROM "Building" WHERE "objectId" = $1', [home.building.id])
  const [leader] = await db.rows<{ leader: string }>('SELECT "leader" FROM "MicroGrid" WHERE "objectId" = $1', [b.microGrid])
  const [other] = await db.rows<{ building: string; leader: string; phone: string }>(
    `SELECT bb."objectId" AS building, mg."leader", r."phone" FROM "Building" bb JOIN "MicroGrid" mg ON mg."objectId" = bb."microGrid"
     JOIN "Resident" r ON r."user" = mg."leader"
     WHERE bb."community" = $1 AND bb."microGrid" <> $2 AND mg."leader" IS NOT NULL ORDER BY bb."objectId" LIMIT 1`,
    [b.community, b.microGrid],
  )
  const [oc] = await db.rows<{ community: string }>(`SELECT "community" FROM "Resident" WHERE "phone" = '13900000009'`)
  const [ob] = await db.rows<{ id: string }>('SELECT "objectId" AS id FROM "Building" WHERE "community" = $1 LIMIT 1', [oc.community])
  return {
    buildingId: home.building.id,
    microGridId: b.microGrid,
    communityId: b.community,
    otherCommunityId: oc.community,
    otherGridBuildingId: other.building,
    otherGridLeaderPhone: other.phone,
    otherGridLeaderId: other.leader,
    gridLeaderId: leader.leader,
    otherCommunityBuildingId: ob.id,
  }
}

/** The counts that a refused call must leave unchanged. */
export async function problemCounts(db: TestDb): Promise<string> {
  const [r] = await db.rows<{ p: number; e: number; u: Date | null }>(
    'SELECT (SELECT count(*)::int FROM "Problem") AS p, (SELECT count(*)::int FROM "ProblemEvent") AS e, (SELECT max("updatedAt") FROM "Problem") AS u',
  )
  return JSON.stringify(r)
}
