/** Building blocks of the welfare suites: a complete application and the demo street's current programme. */
import type { WelfareApplicationFields, WelfareProgramme } from '@contract/api-welfare'
import type { TestClient } from './client'

let n = 0

/** An application that passes every rule of submission; the name is unique so tests can find it. */
export function application(communityId: string, overrides: Record<string, unknown> = {}): WelfareApplicationFields {
  n += 1
  return {
    applicantKind: 'team',
    orgName: '杨家门社区青年志愿服务队',
    projectName: `测试项目${n}-${process.pid % 1000}`,
    category: '助老',
    beneficiaries: '独居老人',
    beneficiaryCount: 40,
    communityIds: [communityId],
    startDate: '2030-01-01',
    endDate: '2030-06-30',
    items: [
      { name: '活动物资', amountFen: 500_000 },
      { name: '宣传印刷', amountFen: 120_050 },
    ],
    totalFen: 620_050,
    description: '每周为独居老人上门送餐、陪伴聊天。',
    outcomes: '服务40位老人，满意度90%以上。',
    ...overrides,
  } as WelfareApplicationFields
}

/** The seeded programme whose window is open now. */
export async function openProgramme(api: TestClient): Promise<WelfareProgramme> {
  const { items } = await api.ok('listWelfareProgrammes', {})
  const p = items.find((x) => x.phase === 'open')
  if (!p) throw new Error(`no open programme: ${JSON.stringify(items)}`)
  return p
}

export const SCORES = { need: 90, feasibility: 80, budget: 70, impact: 85 }
