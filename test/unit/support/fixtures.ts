import type { HomeInfo, Me } from '../../../types/domain'

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
