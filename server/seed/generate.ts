/**
 * The demo street, generated deterministically from the real figures of Wutong Street
 * (../shared/context.md). Pure: no I/O; write.ts puts the result into PostgreSQL.
 */
import { formatRoom } from '@/domain/registration'
import { scopedRole } from '@/domain/roles'
import type { RoleName } from '@contract/domain'
import { defaultGuide } from './guide'
import { demoNotices } from './notices'
import { seedActivity } from './activities'
import { seedHelp } from './help'
import { seedProblem } from './problems'
import { seedWelfare } from './welfare'
import { COMMUNITIES, COMPOUND_STEMS, COMPOUND_SUFFIXES, GIVEN, ORIGINS, STREET, SURNAMES } from './names'
import { intBetween, pick, rng, spread, stableId, type Rng } from './random'
import { NEW_RESIDENT_SHARE, SCALES, SEED_DATE, SENIOR_SHARE, type DemoAccount, type FeatureSeed, type Person, type Row, type Scale, type SeedData } from './types'

export { SCALES, SENIOR_SHARE, NEW_RESIDENT_SHARE, SEED_DATE } from './types'
export type { Scale, ScaleFigures, Row, SeedData, DemoAccount } from './types'

const SEED_YEAR = 2026

/** Midnight (Asia/Shanghai, UTC+8 all year) of the day `at` falls on there. */
function shanghaiMidnight(at: Date): Date {
  const day = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
  return new Date(`${day}T00:00:00+08:00`)
}

function personName(r: Rng): string {
  const given = r() < 0.45 ? pick(r, GIVEN) : pick(r, GIVEN) + pick(r, GIVEN)
  return pick(r, SURNAMES) + given
}

function phoneOf(n: number): string {
  return `139${String(n).padStart(8, '0')}`
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The street for this scale. Everything is fixed by `seed` except what a feature dates from `today`
 * (upcoming activities, an open application window), so a demo seeded on any day has a future.
 */
export function generate(scale: Scale, seed = 20260701, today = new Date()): SeedData {
  const fig = SCALES[scale]
  const r = rng(seed)
  // Building layouts draw from their own stream, so adding them left every person and name
  // the seed made before unchanged.
  const layout = rng(seed + 1)
  const rows: Record<string, Row[]> = {
    Street: [], Community: [], Compound: [], Grid: [], MicroGrid: [], Building: [],
    _User: [], Resident: [], StewardAssignment: [], _Role: [], GuideItem: [], Notice: [],
  }
  const roleMembers = new Map<string, string[]>()
  const addMember = (role: string, userId: string) => {
    const list = roleMembers.get(role) ?? []
    list.push(userId)
    roleMembers.set(role, list)
  }
  const createdAt = new Date(`${SEED_DATE}T00:00:00+08:00`)

  const streetId = stableId('Street', STREET.code)
  rows.Street.push({ objectId: streetId, name: STREET.name, code: STREET.code, city: STREET.city, servicePhone: STREET.servicePhone, address: STREET.address })

  // Places: communities -> compounds -> buildings; grids -> micro-grids within each community.
  const compoundsPer = spread(fig.compounds, COMMUNITIES.length)
  const buildingsPer = spread(fig.buildings, fig.compounds)
  const gridsPer = spread(fig.grids, COMMUNITIES.length)
  const microPer = spread(fig.microGrids, fig.grids)
  let compoundN = 0
  let gridN = 0
  const buildingsByCommunity: string[][] = []
  const microGridsByCommunity: string[][] = []
  const buildingCommunity = new Map<string, number>()
  const buildingMicroGrid = new Map<string, string>()
  const buildingCompound = new Map<string, string>()

  COMMUNITIES.forEach((name, ci) => {
    const communityId = stableId('Community', ci)
    rows.Community.push({
      objectId: communityId, name, code: `c${String(ci + 1).padStart(2, '0')}`, street: streetId,
      address: `梧桐街道${name.replace('社区', '')}路${intBetween(r, 1, 300)}号`,
      servicePhone: `0573-8800${String(1001 + ci).slice(-4)}`, officeHours: '周一至周六 8:30-17:00', isPilot: ci === 0,
    })
    const micro: string[] = []
    for (let g = 0; g < gridsPer[ci]; g++, gridN++) {
      const gridId = stableId('Grid', gridN)
      rows.Grid.push({ objectId: gridId, name: `${name.replace('社区', '')}第${g + 1}网格`, community: communityId })
      for (let m = 0; m < microPer[gridN]; m++) {
        const mgId = stableId('MicroGrid', `${gridN}-${m}`)
        rows.MicroGrid.push({ objectId: mgId, name: `第${m + 1}微网格`, grid: gridId, community: communityId, leader: null, deputies: [] })
        micro.push(mgId)
      }
    }
    microGridsByCommunity.push(micro)
    const buildings: string[] = []
    const usedNames = new Set<string>()
    for (let k = 0; k < compoundsPer[ci]; k++, compoundN++) {
      const compoundId = stableId('Compound', compoundN)
      let cname = pick(r, COMPOUND_STEMS) + pick(r, COMPOUND_SUFFIXES)
      while (usedNames.has(cname)) cname = pick(r, COMPOUND_STEMS) + pick(r, COMPOUND_SUFFIXES) + (usedNames.size % 3 ? '' : '二期')
      usedNames.add(cname)
      rows.Compound.push({ objectId: compoundId, name: cname, community: communityId, street: streetId })
      for (let b = 0; b < buildingsPer[compoundN]; b++) {
        const buildingId = stableId('Building', `${compoundN}-${b}`)
        // Micro-grids cover neighbouring buildings: deal them out in order.
        const mg = micro[buildings.length % micro.length]
        rows.Building.push({
          objectId: buildingId, name: `${b + 1}幢`, compound: compoundId, community: communityId, street: streetId,
          microGrid: mg, units: intBetween(r, 1, 3), households: 0,
          // At least 6 floors and 2 doors: the rooms people get below are on floors 1-6, doors 01-02.
          floors: pick(layout, [6, 6, 7, 11, 18]), doorsPerFloor: pick(layout, [2, 2, 3, 4]),
        })
        buildings.push(buildingId)
        buildingCommunity.set(buildingId, ci)
        buildingMicroGrid.set(buildingId, mg)
        buildingCompound.set(buildingId, compoundId)
      }
    }
    buildingsByCommunity.push(buildings)
  })

  // People. The first phones are the README's demo accounts, in this order.
  let phoneN = 1
  let personN = 0
  const households = new Map<string, Set<string>>()
  const building = (id: string) => rows.Building.find((b) => b.objectId === id)!
  const unitsOf = new Map(rows.Building.map((b) => [b.objectId, b.units as number]))

  const addPerson = (opts: { buildingId: string | null; name?: string; birthYear?: number; moveIn?: string; verified?: boolean; room?: string }): Person => {
    const n = personN++
    const userId = stableId('_User', n)
    const residentId = stableId('Resident', n)
    const phone = phoneOf(phoneN++)
    const name = opts.name ?? personName(r)
    rows._User.push({ objectId: userId, username: `p${phone}`, _rperm: [userId], _wperm: [userId] })
    const senior = r() < SENIOR_SHARE
    const birthYear = opts.birthYear ?? (senior ? intBetween(r, 1936, SEED_YEAR - 60) : intBetween(r, SEED_YEAR - 59, SEED_YEAR - 18))
    const isNew = r() < NEW_RESIDENT_SHARE
    const moveIn = opts.moveIn ?? (isNew ? isoDate(intBetween(r, 2024, 2026), intBetween(r, 1, 6), intBetween(r, 1, 28)) : isoDate(intBetween(r, 1995, 2022), intBetween(r, 1, 12), intBetween(r, 1, 28)))
    const bId = opts.buildingId
    let room: string | null = null
    const acl = [userId]
    let place: Record<string, string | null> = { street: streetId, community: null, compound: null, building: null }
    if (bId) {
      const units = unitsOf.get(bId) ?? 1
      room = opts.room ?? formatRoom(intBetween(r, 1, units), intBetween(r, 1, 6), intBetween(r, 1, 2))
      const set = households.get(bId) ?? new Set<string>()
      set.add(room)
      households.set(bId, set)
      const ci = buildingCommunity.get(bId)!
      const communityId = stableId('Community', ci)
      place = { street: streetId, community: communityId, compound: buildingCompound.get(bId)!, building: bId }
      // Who may read this profile: the person, their building's stewards, their community's and street's staff.
      acl.push(`role:${scopedRole.buildingStewards(bId)}`, `role:${scopedRole.communityStaff(communityId)}`, `role:${scopedRole.streetStaff(streetId)}`)
      addMember('resident', userId)
    } else {
      acl.push(`role:${scopedRole.streetStaff(streetId)}`)
    }
    const newResident = !!bId && moveIn >= isoDate(SEED_YEAR - 3, 7, 1)
    rows.Resident.push({
      objectId: residentId, user: userId, name, phone, ...place, room, birthYear, moveInDate: bId ? moveIn : null,
      isNewResident: newResident, verified: !!bId, _rperm: acl, _wperm: [],
      origin: newResident ? pick(r, ORIGINS) : null,
    })
    return { userId, residentId, name, phone }
  }

  const pilot = buildingsByCommunity[0]
  const [b1, b2] = pilot
  const demo: DemoAccount[] = []
  const note = (p: Person, role: string, text: string) => demo.push({ phone: p.phone, role, name: p.name, note: text })

  const resident = addPerson({ buildingId: b1, birthYear: 1986, moveIn: '2012-05-01', room: '1单元101' })
  note(resident, '居民', '杨家门社区 1幢，首页可见自己的红管家和微网格长')
  const senior = addPerson({ buildingId: b1, birthYear: 1948, moveIn: '1998-09-01', room: '1单元102' })
  note(senior, '长者（居民）', '78岁，与上面的居民同住 1幢')
  const newcomer = addPerson({ buildingId: null, birthYear: 1995, moveIn: '2026-06-01' })
  note(newcomer, '新居民（未登记）', '已登录过，但还没有登记住址')
  const steward1 = addPerson({ buildingId: b1, birthYear: 1968, moveIn: '2003-03-01', room: '1单元301' })
  note(steward1, '楼道红管家', '上面居民所在 1幢的红管家')
  const steward2 = addPerson({ buildingId: b2, birthYear: 1972, moveIn: '2008-10-01', room: '1单元201' })
  note(steward2, '楼道红管家', '同一小区 2幢的红管家（不是上面居民的）')
  const leader = addPerson({ buildingId: b2, birthYear: 1975, moveIn: '2006-04-01', room: '1单元502' })
  note(leader, '微网格长', '1幢所在微网格的网格长')
  const cstaff = addPerson({ buildingId: pilot[2] ?? b2, birthYear: 1990, moveIn: '2015-08-01' })
  note(cstaff, '社区工作人员', '杨家门社区')
  const sstaff = addPerson({ buildingId: buildingsByCommunity[1][0], birthYear: 1983, moveIn: '2010-01-01' })
  note(sstaff, '街道工作人员', '梧桐街道')
  const otherStaff = addPerson({ buildingId: buildingsByCommunity[1][1] ?? buildingsByCommunity[1][0], birthYear: 1988, moveIn: '2016-03-01' })
  note(otherStaff, '社区工作人员', `${COMMUNITIES[1]}（另一个社区：不能审核${COMMUNITIES[0]}的登记）`)

  // Everyone else, spread over the buildings.
  const allBuildings = buildingsByCommunity.flat()
  const remaining = fig.residents - personN
  const perBuilding = spread(Math.max(remaining, 0), allBuildings.length)
  const firstOf = new Map<string, Person[]>()
  allBuildings.forEach((bId, i) => {
    const people: Person[] = []
    for (let k = 0; k < perBuilding[i]; k++) people.push(addPerson({ buildingId: bId }))
    firstOf.set(bId, people)
  })

  // Stewards: one per building, a resident of it; the demo stewards for the first two.
  const stewardOf = new Map<string, string>([[b1, steward1.userId], [b2, steward2.userId]])
  for (const bId of allBuildings) {
    if (!stewardOf.has(bId)) {
      const candidate = firstOf.get(bId)?.[0]
      if (candidate) stewardOf.set(bId, candidate.userId)
    }
  }
  let assignmentN = 0
  for (const [bId, userId] of stewardOf) {
    rows.StewardAssignment.push({
      objectId: stableId('StewardAssignment', assignmentN++), steward: userId, building: bId,
      community: building(bId).community as string, startedAt: createdAt, endedAt: null,
    })
    addMember('steward', userId)
    addMember(scopedRole.buildingStewards(bId), userId)
  }

  // Micro-grid leaders: the demo leader for the pilot building's micro-grid, residents elsewhere,
  // and deputies until the street's count of leaders is reached.
  const mgOfB1 = buildingMicroGrid.get(b1)!
  const leaderOf = new Map<string, string>([[mgOfB1, leader.userId]])
  const buildingsOfMg = new Map<string, string[]>()
  for (const [bId, mg] of buildingMicroGrid) buildingsOfMg.set(mg, [...(buildingsOfMg.get(mg) ?? []), bId])
  const taken = new Set([...stewardOf.values(), leader.userId])
  const pickResident = (mg: string, skip: number): string | undefined => {
    const candidates = (buildingsOfMg.get(mg) ?? []).flatMap((b) => firstOf.get(b) ?? [])
    return candidates.filter((p) => !taken.has(p.userId))[skip]?.userId
  }
  for (const mgRow of rows.MicroGrid) {
    const mg = mgRow.objectId
    const userId = leaderOf.get(mg) ?? pickResident(mg, 0)
    if (!userId) continue
    taken.add(userId)
    mgRow.leader = userId
    addMember('gridLeader', userId)
  }
  let extra = fig.gridLeaders - rows.MicroGrid.filter((m) => m.leader).length
  for (const mgRow of rows.MicroGrid) {
    if (extra <= 0) break
    const deputy = pickResident(mgRow.objectId, 0)
    if (!deputy) continue
    taken.add(deputy)
    mgRow.deputies = [deputy]
    addMember('gridLeader', deputy)
    extra--
  }

  // Staff: one demo account each; their scoped roles give them their community's or street's residents.
  const pilotId = stableId('Community', 0)
  addMember('communityStaff', cstaff.userId)
  addMember(scopedRole.communityStaff(pilotId), cstaff.userId)
  addMember('communityStaff', otherStaff.userId)
  addMember(scopedRole.communityStaff(stableId('Community', 1)), otherStaff.userId)
  addMember('streetStaff', sstaff.userId)
  addMember(scopedRole.streetStaff(streetId), sstaff.userId)
  // Every community and building gets its scoped roles even with no member yet, so ACLs name real roles.
  for (const c of rows.Community) if (!roleMembers.has(scopedRole.communityStaff(c.objectId))) roleMembers.set(scopedRole.communityStaff(c.objectId), [])

  // Every community starts with the default newcomer guide; its staff edit it from there.
  for (const c of rows.Community) {
    const facts = { name: c.name as string, address: c.address as string, officeHours: c.officeHours as string, servicePhone: c.servicePhone as string }
    defaultGuide(facts).forEach((item, order) => {
      rows.GuideItem.push({ objectId: stableId('GuideItem', `${c.objectId}-${order}`), community: c.objectId, ...item, order, _rperm: [], _wperm: [] })
    })
  }

  const places = { streetId, communityId: pilotId, buildingId: b1, stewardUserId: steward1.userId, communityStaffUserId: cstaff.userId, streetStaffUserId: sstaff.userId }
  rows.Notice = demoNotices(places, (n) => stableId('Notice', n))

  for (const b of rows.Building) b.households = households.get(b.objectId)?.size ?? 0

  // Features seed their own classes, each from its own random stream.
  const featureSeeds: FeatureSeed[] = [seedHelp, seedActivity, seedWelfare, seedProblem]
  featureSeeds.forEach((seedFeature, i) => {
    seedFeature({
      scale,
      rows,
      roleMembers,
      addMember,
      stableId,
      random: rng(seed + 100 + i),
      demo: {
        streetId,
        communityId: pilotId,
        otherCommunityId: stableId('Community', 1),
        buildingId: b1,
        otherBuildingId: b2,
        resident,
        senior,
        newcomer,
        steward: steward1,
        otherSteward: steward2,
        gridLeader: leader,
        communityStaff: cstaff,
        streetStaff: sstaff,
        otherCommunityStaff: otherStaff,
      },
      buildingsByCommunity,
      createdAt,
      today: shanghaiMidnight(today),
    })
  })

  const appRoles: RoleName[] = ['resident', 'steward', 'gridLeader', 'communityStaff', 'streetStaff']
  for (const name of appRoles) if (!roleMembers.has(name)) roleMembers.set(name, [])
  for (const name of roleMembers.keys()) rows._Role.push({ objectId: stableId('_Role', name), name, _rperm: [], _wperm: [] })

  return { rows, roleMembers, demoAccounts: demo }
}
