/**
 * @jest-environment node
 */
import { authorCan, budgetShares, maskName, phaseOf, publicApplicantName, reviewProblem, scoresProblem, validateApplication, validateProgramme, weightedScore, windowProblem } from '@/domain/welfare'

const complete = {
  applicantKind: 'team',
  orgName: '青年志愿服务队',
  projectName: '老人助餐',
  category: '助老',
  beneficiaries: '独居老人',
  beneficiaryCount: 40,
  communityIds: ['c1'],
  startDate: '2030-01-01',
  endDate: '2030-06-30',
  items: [
    { name: '物资', amountFen: 500_000 },
    { name: '印刷', amountFen: 120_050 },
  ],
  totalFen: 620_050,
  description: '送餐',
  outcomes: '服务40位老人',
}
const criteria = [
  { key: 'need', name: '需求迫切', weight: 30 },
  { key: 'feasibility', name: '方案可行', weight: 30 },
  { key: 'budget', name: '预算合理', weight: 20 },
  { key: 'impact', name: '社会效益', weight: 20 },
]

describe('validateApplication', () => {
  it('accepts a complete application and cleans it', () => {
    const v = validateApplication({ ...complete, projectName: '  老人助餐 ' }, { complete: true, capFen: 3_000_000 })
    expect(v).toEqual({ ok: true, value: { ...complete, projectName: '老人助餐' } })
  })

  it('lets a draft be incomplete, and computes its total from the items', () => {
    expect(validateApplication({ projectName: '老人助餐' }, { complete: false })).toEqual({ ok: true, value: { projectName: '老人助餐' } })
    const v = validateApplication({ items: [{ name: '物资', amountFen: 100 }] }, { complete: false })
    expect(v.ok && v.value.totalFen).toBe(100)
  })

  it.each([
    ['a negative amount', { items: [{ name: '物资', amountFen: -1 }] }, 'items', '第1项的金额不能是负数。'],
    ['a fractional fen', { items: [{ name: '物资', amountFen: 0.5 }] }, 'items', '第1项的金额最多精确到分（两位小数）。'],
    ['a non-numeric amount', { items: [{ name: '物资', amountFen: '1' }] }, 'items', '第1项的金额必须是数字。'],
    ['an item without a purpose', { items: [{ name: ' ', amountFen: 1 }] }, 'items', '请填写第1项的用途。'],
    ['a total that does not match', { items: [{ name: '物资', amountFen: 1 }], totalFen: 2 }, 'totalFen', '预算总额与明细合计不一致，请核对。'],
    ['a total without items', { totalFen: 2 }, 'totalFen', '预算总额与明细合计不一致，请核对。'],
    ['end before start', { startDate: '2030-02-01', endDate: '2030-01-31' }, 'endDate', '结束日期不能早于开始日期。'],
    ['an impossible day', { startDate: '2030-02-29' }, 'startDate', '日期不对，请重新选择。'],
    ['an unknown category', { category: '体育' }, 'category', '请选择本期支持的项目类别。'],
    ['an unknown applicant kind', { applicantKind: 'company' }, 'applicantKind', '请选择申请主体。'],
    ['a count of zero', { beneficiaryCount: 0 }, 'beneficiaryCount', '受益人数应为正整数。'],
    ['a control character', { projectName: 'a\u0007b' }, 'projectName', '项目名称里有无法识别的字符。'],
    ['a name too long', { projectName: '很'.repeat(41) }, 'projectName', '项目名称最多40个字。'],
  ])('refuses %s even in a draft', (_label, bad, field, message) => {
    const v = validateApplication(bad, { complete: false })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors[field as keyof typeof v.errors]).toBe(message)
  })

  it('on submission needs every field, a team name for a team, a positive total within the cap', () => {
    const v = validateApplication({}, { complete: true })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(Object.keys(v.errors).sort()).toEqual(['applicantKind', 'beneficiaries', 'beneficiaryCount', 'category', 'communityIds', 'description', 'endDate', 'items', 'outcomes', 'projectName', 'startDate'].sort())
    const noOrg = validateApplication({ ...complete, orgName: '' }, { complete: true })
    expect(!noOrg.ok && noOrg.errors.orgName).toBe('请填写团队或组织名称。')
    const over = validateApplication(complete, { complete: true, capFen: 620_049 })
    expect(!over.ok && over.first).toBe('预算总额超过了本期每个项目的上限6,200.49元。')
    const zero = validateApplication({ ...complete, items: [{ name: '物资', amountFen: 0 }], totalFen: 0 }, { complete: true })
    expect(!zero.ok && zero.first).toBe('预算总额必须大于0。')
    expect(validateApplication({ ...complete, applicantKind: 'self', orgName: undefined }, { complete: true }).ok).toBe(true)
  })
})

describe('programmes', () => {
  const good = { name: '2026年彩虹桥', budgetFen: 30_000_000, capFen: 3_000_000, opensOn: '2026-03-01', closesOn: '2026-04-30', categories: ['助老'], criteria }
  it('accepts a well-formed programme', () => {
    expect(validateProgramme(good).ok).toBe(true)
  })
  it.each([
    [{ budgetFen: -1 }, '总预算不能是负数。'],
    [{ budgetFen: 0 }, '总预算必须大于0。'],
    [{ capFen: 30_000_001 }, '单个项目上限不能超过总预算。'],
    [{ capFen: 1.5 }, '单个项目上限最多精确到分（两位小数）。'],
    [{ closesOn: '2026-02-28' }, '截止日期不能早于开始日期。'],
    [{ categories: [] }, '请选择支持的项目类别。'],
    [{ criteria: [{ key: 'need', name: '需求', weight: 99 }] }, '各项评分权重合计应为100。'],
    [{ criteria: [{ key: 'need', name: '需求', weight: 50.5 }, { key: 'b', name: 'b', weight: 49.5 }] }, '评分权重应为1到100的整数。'],
  ])('refuses %p', (bad, message) => {
    const v = validateProgramme({ ...good, ...bad })
    expect(!v.ok && v.first).toBe(message)
  })
  it('knows its window, both ends inclusive', () => {
    const p = { opensOn: '2026-03-01', closesOn: '2026-04-30' }
    expect(phaseOf(p, '2026-02-28')).toBe('upcoming')
    expect(phaseOf(p, '2026-03-01')).toBe('open')
    expect(phaseOf(p, '2026-04-30')).toBe('open')
    expect(phaseOf(p, '2026-05-01')).toBe('closed')
    expect(windowProblem(p, '2026-05-01')).toBe('本期申报已于2026-04-30截止，不能再提交。')
    expect(windowProblem(p, '2026-03-15')).toBeNull()
  })
  it('shares budget used and left for the chart', () => {
    expect(budgetShares(30_000_000, 7_500_000)).toEqual({ usedPct: 25, leftPct: 75, leftFen: 22_500_000 })
    expect(budgetShares(300, 100)).toEqual({ usedPct: 33.3, leftPct: 66.7, leftFen: 200 })
  })
})

describe('names shown publicly', () => {
  it('masks a person unless they chose to show their name; teams and organisations by their name', () => {
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('')).toBe('**')
    expect(publicApplicantName({ applicantKind: 'self' }, '李四')).toBe('李**')
    expect(publicApplicantName({ applicantKind: 'self', showFullName: true }, '李四')).toBe('李四')
    expect(publicApplicantName({ applicantKind: 'team', orgName: '助老队' }, '李四')).toBe('助老队')
  })
})

describe('reviews', () => {
  const ctx = { criteria, requestedFen: 620_050, budgetLeftFen: 600_000 }
  const scores = { need: 90, feasibility: 80, budget: 70, impact: 85 }
  it('weights the scores', () => {
    expect(weightedScore(criteria, scores)).toBe(82)
    expect(scoresProblem(criteria, { ...scores, extra: 1 })).toBe('评分里有本期没有的标准，请刷新后重试。')
    expect(scoresProblem(criteria, { need: 90 })).toBe('请为“方案可行”打分。')
  })
  it.each([
    ['first', { decision: 'approve', comment: '' }, '初审只能选择通过、退回修改或不予通过。'],
    ['final', { decision: 'pass', comment: '' }, '终审只能选择批准立项或不予通过。'],
    ['first', { decision: 'pass', comment: '' }, '请为每项评分标准打分。'],
    ['first', { decision: 'revise', comment: ' ' }, '请写明需要修改的地方。'],
    ['final', { decision: 'reject', comment: '' }, '请写明不予通过的原因。'],
    ['final', { decision: 'approve', comment: '', amountFen: 620_051 }, '批准金额不能超过申请金额6,200.50元。'],
    ['final', { decision: 'approve', comment: '', amountFen: 600_001 }, '批准金额超过了本期剩余预算6,000.00元。'],
    ['final', { decision: 'approve', comment: '', amountFen: 10.5 }, '批准金额最多精确到分（两位小数）。'],
    ['final', { decision: 'approve', comment: '', amountFen: 0 }, '批准金额必须大于0。'],
  ] as const)('%s review: refuses %p', (stage, r, message) => {
    expect(reviewProblem(stage, r, ctx)).toBe(message)
  })
  it('accepts a pass with scores and an approval within both limits', () => {
    expect(reviewProblem('first', { decision: 'pass', comment: '', scores }, ctx)).toBeNull()
    expect(reviewProblem('final', { decision: 'approve', comment: '', amountFen: 600_000 }, ctx)).toBeNull()
  })
  it('lets the author edit and withdraw only before review starts', () => {
    expect(authorCan('draft', true)).toEqual({ edit: true, submit: true, withdraw: true, postProgress: false })
    expect(authorCan('draft', false).submit).toBe(false)
    expect(authorCan('passed', true)).toEqual({ edit: false, submit: false, withdraw: false, postProgress: false })
    expect(authorCan('approved', true).postProgress).toBe(true)
  })
})
