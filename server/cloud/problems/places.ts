/** Where a problem belongs: the resident's home, a building's micro-grid and its leader (the handler). */
import type { PlaceRef } from '@contract/domain'
import { runtime } from '../runtime'

export interface ResidentPlace {
  name: string
  street: string
  community: string
  building: string
}

/** A verified resident's home, or null for someone without one. */
export async function residentPlace(userId: string): Promise<ResidentPlace | null> {
  const { rows } = await runtime().pool.query<ResidentPlace>(
    `SELECT "name", "street", "community", "building" FROM "Resident" WHERE "user" = $1 AND "verified" = true AND "building" IS NOT NULL LIMIT 1`,
    [userId],
  )
  return rows[0] ?? null
}

export interface BuildingRoute {
  id: string
  street: string
  community: string
  microGrid: string | null
  grid: string | null
  /** The micro-grid's leader, or its first deputy when it has no leader; null when nobody leads it. */
  handler: string | null
}

/** A building and who a problem there goes to; null when there is no such building. */
export async function routeOf(buildingId: string): Promise<BuildingRoute | null> {
  const { rows } = await runtime().pool.query<BuildingRoute>(
    `SELECT b."objectId" AS id, b."street", b."community", b."microGrid", mg."grid",
       COALESCE(mg."leader", mg."deputies"->0->>'objectId') AS handler
     FROM "Building" b LEFT JOIN "MicroGrid" mg ON mg."objectId" = b."microGrid" WHERE b."objectId" = $1`,
    [buildingId],
  )
  return rows[0] ?? null
}

const BUILDING_NAME = `concat(cp."name", b."name")`

/** Buildings as references, named with their compound, in name order. */
export async function buildingRefs(where: string, values: unknown[], limit = 5000): Promise<PlaceRef[]> {
  const { rows } = await runtime().pool.query<PlaceRef>(
    `SELECT b."objectId" AS id, ${BUILDING_NAME} AS name FROM "Building" b JOIN "Compound" cp ON cp."objectId" = b."compound" WHERE ${where}
     ORDER BY cp."name", length(b."name"), b."name" LIMIT ${limit}`,
    values,
  )
  return rows
}
