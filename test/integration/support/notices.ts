/** Building blocks of the bulletin suites: valid notices and the demo street's places. */
import type { NoticeInput, NoticeScope } from '@contract/domain'
import type { TestClient } from './client'
import type { TestDb } from './db'

let n = 0

/** A notice that passes every rule; the title is unique so tests can find it. */
export function notice(scope: NoticeScope, targetId: string, overrides: Partial<Record<keyof NoticeInput, unknown>> = {}): NoticeInput {
  n += 1
  return { scope, targetId, title: `测试公告${n}-${process.pid % 1000}`, body: '请各位居民留意。\n详情见 https://example.gov.cn/a', category: '其他', ...overrides } as NoticeInput
}

export interface DemoPlaces {
  streetId: string
  communityId: string
  /** The demo resident's building (1幢). */
  buildingId: string
  /** 2幢 of the same compound (13900000005 looks after it). */
  otherBuildingId: string
  /** 庆丰社区, where 13900000009 is staff. */
  otherCommunityId: string
}

async function one(db: TestDb, column: string, phone: string): Promise<string> {
  const [r] = await db.rows<{ v: string }>(`SELECT "${column}" AS v FROM "Resident" WHERE "phone" = $1`, [phone])
  return r.v
}

export async function demoPlaces(api: TestClient, db: TestDb, residentToken: string): Promise<DemoPlaces> {
  const home = await api.ok('myHome', {}, residentToken)
  return {
    streetId: home.street.id,
    communityId: home.community.id,
    buildingId: home.building.id,
    otherBuildingId: await one(db, 'building', '13900000005'),
    otherCommunityId: await one(db, 'community', '13900000009'),
  }
}

/** Phones of verified residents of a building (or community), seeded order. */
export async function phonesOf(db: TestDb, column: 'building' | 'community', id: string, limit = 100): Promise<Array<{ phone: string; building: string; room: string }>> {
  return db.rows(
    `SELECT "phone", "building", "room" FROM "Resident" WHERE "${column}" = $1 AND "verified" = true AND "room" IS NOT NULL AND "phone" IS NOT NULL
     ORDER BY "phone" LIMIT $2`,
    [id, limit],
  )
}
