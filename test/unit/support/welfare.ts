/** Fixtures of the welfare store tests. */
import type { WelfareApplicationView, WelfareProgramme } from '@contract/api-welfare'

export const CRITERIA = [
  { key: 'need', name: '需求迫切', weight: 50 },
  { key: 'impact', name: '社会效益', weight: 50 },
]

export function aProgramme(overrides: Partial<WelfareProgramme> = {}): WelfareProgramme {
  return {
    id: 'p1',
    street: { id: 's1', name: '梧桐街道' },
    name: '2026年彩虹桥公益项目',
    budgetFen: 30_000_000,
    capFen: 3_000_000,
    approvedFen: 0,
    opensOn: '2026-01-01',
    closesOn: '2099-12-31',
    categories: ['助老', '环境'],
    criteria: CRITERIA,
    phase: 'open',
    ...overrides,
  }
}

export function anApplication(overrides: Partial<WelfareApplicationView> = {}): WelfareApplicationView {
  return {
    id: 'a1',
    programme: { id: 'p1', name: '2026年彩虹桥公益项目', capFen: 3_000_000, opensOn: '2026-01-01', closesOn: '2099-12-31', criteria: CRITERIA },
    status: 'draft',
    fields: { projectName: '老人助餐', items: [{ name: '物资', amountFen: 120_050 }], totalFen: 120_050 },
    communities: [{ id: 'c1', name: '杨家门社区' }],
    attachments: [],
    publicName: '张**',
    applicantName: '张三',
    approvedFen: null,
    submittedAt: null,
    updatedAt: '2026-07-01T00:00:00.000Z',
    timeline: [],
    progress: [],
    can: { edit: true, submit: true, withdraw: true, firstReview: false, finalDecision: false, postProgress: false, complete: false },
    ...overrides,
  }
}
