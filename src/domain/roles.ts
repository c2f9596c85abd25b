import type { RoleName } from '@contract/domain'

export const ROLE_LABELS: Record<RoleName, string> = {
  resident: '居民',
  steward: '楼道红管家',
  gridLeader: '微网格长',
  communityStaff: '社区工作人员',
  streetStaff: '街道工作人员',
}

/** True for one of the app's role names (what a stored or received role must be). */
export function isRoleName(value: unknown): value is RoleName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ROLE_LABELS, value)
}

// Highest first: the label a person is shown with is their most responsible role.
const PRECEDENCE: RoleName[] = ['streetStaff', 'communityStaff', 'gridLeader', 'steward', 'resident']

/** The Chinese label of a person's most responsible role, or "访客" with none. */
export function primaryRoleLabel(roles: readonly RoleName[]): string {
  const top = PRECEDENCE.find((r) => roles.includes(r))
  return top ? ROLE_LABELS[top] : '访客'
}

/** Scoped role names: who may read the residents of a building, community or street. */
export const scopedRole = {
  buildingStewards: (buildingId: string) => `steward_${buildingId}`,
  communityStaff: (communityId: string) => `communityStaff_${communityId}`,
  streetStaff: (streetId: string) => `streetStaff_${streetId}`,
}

/** Age at which a resident counts as a senior (长者) for care mode and statistics. */
export const SENIOR_AGE = 60

/** Years since moving in during which a resident counts as a new resident (新居民). */
export const NEW_RESIDENT_YEARS = 3

/** What a person may do, derived from their roles only; the server checks the same on every call. */
export interface Capabilities {
  /** Community or street staff. */
  staff: boolean
  communityStaff: boolean
  streetStaff: boolean
  steward: boolean
  gridLeader: boolean
  /** Review residents' registrations (住户登记审核): community and street staff. */
  reviewRegistrations: boolean
  /** Register a resident in person and edit the newcomer guide: community staff only. */
  registerForResidents: boolean
  editGuide: boolean
  /** Assign a building's stewards: community and street staff. */
  assignStewards: boolean
  /** Take on help requests nobody accepted in time: the community's staff. */
  takeEscalatedHelp: boolean
  /** Answer help requests and keep a steward card: stewards. */
  answerHelp: boolean
  /** Publish notices: stewards to their buildings, staff to their community or street. */
  publishNotices: boolean
  /** Reply to and close residents' problems, record visit-day problems. */
  handleProblems: boolean
  /** See the problem statistics: community and street staff. */
  seeProblemStats: boolean
  /** Review Rainbow Bridge applications: community and street staff. */
  reviewWelfare: boolean
  /** Open a new Rainbow Bridge programme: street staff. */
  openProgrammes: boolean
  /** Create volunteer activities: community and street staff. */
  createActivities: boolean
}

/** The capabilities of whoever holds these roles (none when nobody is signed in). */
export function capabilitiesOf(person: { readonly roles: readonly string[] } | null | undefined): Capabilities {
  const roles = person?.roles ?? []
  const has = (role: RoleName) => roles.includes(role)
  const communityStaff = has('communityStaff')
  const streetStaff = has('streetStaff')
  const steward = has('steward')
  const gridLeader = has('gridLeader')
  const staff = communityStaff || streetStaff
  return {
    staff,
    communityStaff,
    streetStaff,
    steward,
    gridLeader,
    reviewRegistrations: staff,
    registerForResidents: communityStaff,
    editGuide: communityStaff,
    assignStewards: staff,
    takeEscalatedHelp: communityStaff,
    answerHelp: steward,
    publishNotices: steward || staff,
    handleProblems: gridLeader || steward || staff,
    seeProblemStats: staff,
    reviewWelfare: staff,
    openProgrammes: streetStaff,
    createActivities: staff,
  }
}
