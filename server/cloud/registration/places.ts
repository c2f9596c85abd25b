/** Places to register a home in: communities, their compounds (searchable), buildings with layouts. */
import type { CloudResult } from '@contract/api'
import type { BuildingLayout, PlaceRef } from '@contract/domain'
import { notFound } from '../errors'
import { numberOf, refIdOf, textOf } from '../fields'
import { idOf, pointer } from '../ids'
import { Parse } from '../parse'

const MASTER = { useMasterKey: true } as const
const MAX_COMPOUNDS = 200

function refOf(o: Parse.Object): PlaceRef {
  return { id: idOf(o), name: textOf(o, 'name') ?? '' }
}

/** A building's layout; a building without one has no rooms (nothing can be registered there). */
export function layoutOf(building: Parse.Object): BuildingLayout {
  return {
    ...refOf(building),
    units: numberOf(building, 'units') ?? 0,
    floors: numberOf(building, 'floors') ?? 0,
    doorsPerFloor: numberOf(building, 'doorsPerFloor') ?? 0,
  }
}

/** The building with its compound, community and street, or null when there is none with that id. */
export async function findBuilding(buildingId: string): Promise<Parse.Object | null> {
  const found = await new Parse.Query('Building')
    .equalTo('objectId', buildingId)
    .include(['compound', 'community', 'street'])
    .first(MASTER)
  return found ?? null
}

// "12幢" before "2幢" reads wrong: buildings sort by their number, then by name.
function byBuildingNumber(a: PlaceRef, b: PlaceRef): number {
  const n = (p: PlaceRef) => Number(/^\d+/.exec(p.name)?.[0] ?? Number.MAX_SAFE_INTEGER)
  return n(a) - n(b) || a.name.localeCompare(b.name, 'zh-CN')
}

export interface PlaceQuery {
  communityId?: string
  compoundId?: string
  q?: string
}

/** Communities always; compounds of a community or matching q; buildings of a compound. */
export async function placeOptions(params: PlaceQuery): Promise<CloudResult<'placeOptions'>> {
  const communities = (await new Parse.Query('Community').ascending('code').limit(500).find(MASTER)).map(refOf)
  const q = params.q?.trim() ?? ''
  let compounds: CloudResult<'placeOptions'>['compounds'] = []
  if (params.communityId || q) {
    const query = new Parse.Query('Compound').ascending('name').limit(MAX_COMPOUNDS)
    if (params.communityId) {
      if (!communities.some((c) => c.id === params.communityId)) notFound('没有找到这个社区，请重新选择。')
      query.equalTo('community', pointer('Community', params.communityId))
    }
    // contains() quotes the text, so what people type is matched literally, never as a pattern.
    if (q) query.contains('name', q)
    compounds = (await query.find(MASTER)).map((c) => ({ ...refOf(c), communityId: refIdOf(c, 'community') ?? '' }))
  }
  let buildings: BuildingLayout[] = []
  if (params.compoundId) {
    const compound = await new Parse.Query('Compound').equalTo('objectId', params.compoundId).first(MASTER)
    if (!compound) notFound('没有找到这个小区，请重新选择。')
    const rows = await new Parse.Query('Building').equalTo('compound', compound!).limit(500).find(MASTER)
    buildings = rows.map(layoutOf).sort(byBuildingNumber)
  }
  return { communities, compounds, buildings }
}
