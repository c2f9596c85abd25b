import { NEW_RESIDENT_YEARS, ROLE_LABELS, SENIOR_AGE, isRoleName, primaryRoleLabel, scopedRole } from '@/domain/roles'
import { ROLE_NAMES, type RoleName } from '@contract/domain'

describe('primaryRoleLabel', () => {
  it('calls a person with no role a visitor', () => {
    expect(primaryRoleLabel([])).toBe('访客')
  })

  it.each<[RoleName, string]>([
    ['resident', '居民'],
    ['steward', '楼道红管家'],
    ['gridLeader', '微网格长'],
    ['communityStaff', '社区工作人员'],
    ['streetStaff', '街道工作人员'],
  ])('labels a lone %s as %s', (role, label) => {
    expect(primaryRoleLabel([role])).toBe(label)
  })

  it('shows a steward who is also a resident as a steward', () => {
    expect(primaryRoleLabel(['resident', 'steward'])).toBe('楼道红管家')
  })

  it('shows a grid leader above a steward, whatever order the roles come in', () => {
    expect(primaryRoleLabel(['steward', 'gridLeader', 'resident'])).toBe('微网格长')
    expect(primaryRoleLabel(['resident', 'gridLeader', 'steward'])).toBe('微网格长')
  })

  it('shows community staff above a grid leader and street staff above everyone', () => {
    expect(primaryRoleLabel(['gridLeader', 'communityStaff'])).toBe('社区工作人员')
    expect(primaryRoleLabel(['communityStaff', 'streetStaff', 'resident'])).toBe('街道工作人员')
    expect(primaryRoleLabel([...ROLE_NAMES].reverse())).toBe('街道工作人员')
  })

  it('has a Chinese label for every role', () => {
    for (const role of ROLE_NAMES) expect(ROLE_LABELS[role]).toMatch(/^[\u4e00-\u9fa5]+$/)
  })
})

describe('isRoleName', () => {
  it('accepts the app roles and nothing else', () => {
    for (const role of ROLE_NAMES) expect(isRoleName(role)).toBe(true)
    for (const other of ['社区工作人员', 'communityStaff_c1', 'toString', '', null, 3]) expect(isRoleName(other)).toBe(false)
  })
})

describe('scopedRole', () => {
  it('names the stewards of a building, and staff of a community or street, by their ids', () => {
    expect(scopedRole.buildingStewards('b1')).toBe('steward_b1')
    expect(scopedRole.communityStaff('c9')).toBe('communityStaff_c9')
    expect(scopedRole.streetStaff('s3')).toBe('streetStaff_s3')
  })

  it('gives different places with the same id different roles', () => {
    const names = new Set([scopedRole.buildingStewards('x'), scopedRole.communityStaff('x'), scopedRole.streetStaff('x')])
    expect(names.size).toBe(3)
  })

  it('gives names Parse accepts as role names', () => {
    // Parse role names allow only letters, digits, underscores, hyphens and spaces.
    for (const name of [scopedRole.buildingStewards('aB3xY9'), scopedRole.communityStaff('Qw-1'), scopedRole.streetStaff('z_2')]) {
      expect(name).toMatch(/^[\w\- ]+$/)
    }
  })
})

describe('thresholds', () => {
  it('counts seniors from 60 and new residents for 3 years', () => {
    expect(SENIOR_AGE).toBe(60)
    expect(NEW_RESIDENT_YEARS).toBe(3)
  })
})
