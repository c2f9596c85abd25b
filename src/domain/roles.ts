import type { RoleName } from '../../types/domain'

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
