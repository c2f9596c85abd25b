import type { FakeApi } from '@/adapters/fakes'
import type { BuildingLayout, HomeInfo, Me, RegistrationSummary, RegistrationView } from '@contract/domain'
import { maskPhone } from '@/domain/phone'

/** The steward's real number: the app may dial it but must never show it. */
export const STEWARD_PHONE = '13900000004'
export const LEADER_PHONE = '13900000005'

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'u-resident',
    displayName: '张三',
    maskedPhone: '139****0001',
    roles: ['resident'],
    hasHome: true,
    isSenior: false,
    isNewResident: false,
    staffCommunities: [],
    ...overrides,
  }
}

export function aHome(overrides: Partial<HomeInfo> = {}): HomeInfo {
  return {
    street: { id: 's1', name: '梧桐街道' },
    community: { id: 'c1', name: '杨家门社区', servicePhone: '0571-88880000', address: '杨家门路1号' },
    compound: { id: 'p1', name: '杨柳郡' },
    building: { id: 'b1', name: '3幢', room: '1单元101' },
    steward: { name: '王红梅', maskedPhone: '139****0004', buildingId: 'b1' },
    microGrid: { id: 'm1', name: '第二微网格', gridName: '杨家门第一网格', leader: { name: '李建国', maskedPhone: '139****0005' } },
    ...overrides,
  }
}

/** A building of 2 units, 6 floors, 2 doors a floor: 1单元101 … 2单元602. */
export function aLayout(overrides: Partial<BuildingLayout> = {}): BuildingLayout {
  return { id: 'b1', name: '3幢', units: 2, floors: 6, doorsPerFloor: 2, ...overrides }
}

export function aRegistration(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    id: 'reg-1',
    status: 'pending',
    name: '李四',
    phone: '13900000003',
    community: { id: 'c1', name: '杨家门社区' },
    compound: { id: 'p1', name: '杨柳郡' },
    building: { id: 'b1', name: '3幢' },
    room: '1单元301',
    moveInDate: '2026-10-01',
    birthYear: null,
    household: [{ relation: '配偶' }],
    origin: '安徽省阜阳市',
    workplace: null,
    submittedAt: '2026-11-20T02:00:00.000Z',
    reviewedAt: null,
    reason: null,
    reviewerName: null,
    submittedBy: 'self',
    submittedByName: null,
    isNewResident: false,
    residentId: null,
    ...overrides,
  }
}

/** The queue's row of a registration, as listRegistrations answers it: the phone masked, no household or origin. */
export function aSummary(overrides: Partial<RegistrationView> = {}): RegistrationSummary {
  const r = aRegistration(overrides)
  return {
    id: r.id,
    status: r.status,
    name: r.name,
    maskedPhone: maskPhone(r.phone),
    community: r.community,
    compound: r.compound,
    building: r.building,
    room: r.room,
    moveInDate: r.moveInDate,
    submittedAt: r.submittedAt,
    submittedBy: r.submittedBy,
    isNewResident: r.isNewResident,
  }
}

/** placeOptions as the server answers it: two communities, their compounds (filtered by q), one compound's buildings. */
export function withPlaces(api: FakeApi): FakeApi {
  const compounds = [
    { id: 'p1', name: '杨柳郡', communityId: 'c1' },
    { id: 'p2', name: '梧桐苑', communityId: 'c1' },
    { id: 'p3', name: '东兴小区', communityId: 'c2' },
  ]
  return api.on('placeOptions', ({ communityId, compoundId, q }) => ({
    communities: [
      { id: 'c1', name: '杨家门社区' },
      { id: 'c2', name: '东兴社区' },
    ],
    compounds: communityId ? compounds.filter((c) => c.communityId === communityId && (!q || c.name.includes(q))) : [],
    buildings: compoundId === 'p1' ? [aLayout(), aLayout({ id: 'b2', name: '5幢', units: 1, floors: 3, doorsPerFloor: 4 })] : [],
  }))
}
