/** The shapes and figures of the generated street (generate.ts), shared with write.ts and scripts. */

export type Scale = 'demo' | 'full'

export interface ScaleFigures {
  compounds: number
  buildings: number
  grids: number
  microGrids: number
  gridLeaders: number
  residents: number
}

/** Full scale is the street's real size; demo scale keeps every structure but few people. */
export const SCALES: Record<Scale, ScaleFigures> = {
  demo: { compounds: 36, buildings: 108, grids: 36, microGrids: 54, gridLeaders: 60, residents: 1300 },
  full: { compounds: 288, buildings: 3000, grids: 203, microGrids: 2489, gridLeaders: 3274, residents: 300_000 },
}

export const SENIOR_SHARE = 0.191
export const NEW_RESIDENT_SHARE = 0.5
/** Dates are fixed so the same seed gives the same data whatever day it runs. */
export const SEED_DATE = '2026-07-01'

export interface Row {
  objectId: string
  [field: string]: string | number | boolean | null | string[] | Date | undefined
}

export interface SeedData {
  rows: Record<string, Row[]>
  /** role name -> user ids in it */
  roleMembers: Map<string, string[]>
  demoAccounts: DemoAccount[]
}

export interface DemoAccount {
  phone: string
  role: string
  name: string
  note: string
}

/** What a feature's seed (server/seed/<feature>.ts) gets: the street as generated so far. */
export interface FeatureSeedContext {
  scale: Scale
  /** Add rows of your classes here (rows.MyClass = [...]); list them in your <feature>SeedOrder. */
  rows: Record<string, Row[]>
  roleMembers: Map<string, string[]>
  addMember: (role: string, userId: string) => void
  /** Stable objectIds: the same seed gives the same ids. */
  stableId: (className: string, key: string | number) => string
  /** A random stream of the feature's own, so one feature's seed never shifts another's. */
  random: () => number
  /** The demo people (README.md's accounts) and places. */
  demo: {
    streetId: string
    /** 杨家门社区, the pilot community; `otherCommunityId` is the second community. */
    communityId: string
    otherCommunityId: string
    /** 1幢 and 2幢 of the pilot community. */
    buildingId: string
    otherBuildingId: string
    resident: Person
    senior: Person
    newcomer: Person
    steward: Person
    otherSteward: Person
    gridLeader: Person
    communityStaff: Person
    streetStaff: Person
    otherCommunityStaff: Person
  }
  /** All buildings, by community (index 0 is the pilot community). */
  buildingsByCommunity: string[][]
  /** The date the seed is made for (SEED_DATE, Asia/Shanghai midnight). */
  createdAt: Date
  /** The day the seed actually runs (Asia/Shanghai midnight): date upcoming things from it, past things from createdAt. */
  today: Date
}

export type FeatureSeed = (ctx: FeatureSeedContext) => void

export interface Person {
  userId: string
  residentId: string
  name: string
  phone: string
}

