import type { RegistrationStatus, RegistrationView } from '@contract/domain'

export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
}

export const STATUS_TAG: Record<RegistrationStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
}

/** 杨家门社区 · 杨柳郡 · 3幢 1单元301室 */
export function addressOf(r: Pick<RegistrationView, 'community' | 'compound' | 'building' | 'room'>): string {
  return `${r.community.name} · ${r.compound.name} · ${r.building.name} ${r.room}室`
}

/** Who entered it for the resident; a queue summary carries no name, so only who in general. */
export function submittedByText(r: Pick<RegistrationView, 'submittedBy'> & { submittedByName?: string | null }): string | null {
  if (r.submittedBy === 'staff') return `由社区工作人员${r.submittedByName ?? ''}代为登记`
  if (r.submittedBy === 'family') return `由家人${r.submittedByName ?? ''}代为登记`
  return null
}
