import { canHandleProblems } from '@/domain/problem'
import { capabilitiesOf } from '@/domain/roles'
import { ROLE_NAMES, type RoleName } from '@contract/domain'

const every = (roles: RoleName[]) => capabilitiesOf({ roles })

describe('capabilitiesOf', () => {
  it('gives nobody signed in, and a plain resident, nothing beyond their own things', () => {
    for (const caps of [capabilitiesOf(null), capabilitiesOf(undefined), every([]), every(['resident'])]) {
      expect(Object.values(caps).every((v) => v === false)).toBe(true)
    }
  })

  it('lets community staff do what the server lets them: review, register in person, edit the guide, take escalated help', () => {
    const c = every(['communityStaff'])
    expect(c).toMatchObject({ staff: true, reviewRegistrations: true, registerForResidents: true, editGuide: true, assignStewards: true, takeEscalatedHelp: true, openProgrammes: false })
  })

  it('keeps guide editing, in-person registration and escalations from street staff, who open programmes', () => {
    const c = every(['streetStaff'])
    expect(c).toMatchObject({ staff: true, reviewRegistrations: true, registerForResidents: false, editGuide: false, takeEscalatedHelp: false, openProgrammes: true })
  })

  it('lets stewards answer help and publish notices, not review', () => {
    expect(every(['resident', 'steward'])).toMatchObject({ answerHelp: true, publishNotices: true, handleProblems: true, reviewRegistrations: false, seeProblemStats: false })
  })

  it('agrees with canHandleProblems for every combination of roles', () => {
    for (let mask = 0; mask < 1 << ROLE_NAMES.length; mask++) {
      const roles = ROLE_NAMES.filter((_, i) => mask & (1 << i))
      expect(every(roles).handleProblems).toBe(canHandleProblems(roles))
    }
  })
})
