/**
 * Rainbow Bridge (彩虹桥) rules shared by the application form and cloud code: what an application
 * and a programme must hold, money in fen, windows, review decisions and who sees which name.
 * Pure: no Taro, no Parse.
 */
import type {
  ApplicantKind,
  BudgetItem,
  WelfareApplicationFields,
  WelfareCategory,
  WelfareCriterion,
  WelfareProgrammeInput,
  WelfareStatus,
} from '@contract/api-welfare'
import { fenProblem, formatYuanText } from './money'
import { checkText, hasForbiddenChars, textMessage } from './text'
import { WELFARE_MESSAGES } from './messages'

export const WELFARE_CATEGORIES: readonly WelfareCategory[] = ['助老', '助残', '青少年', '环境', '文化', '新居民融入', '其他']
export const APPLICANT_KINDS: readonly ApplicantKind[] = ['self', 'team', 'organisation']
export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = { self: '个人', team: '志愿团队', organisation: '社会组织' }

export const WELFARE_STATUS_LABELS: Record<WelfareStatus, string> = {
  draft: '草稿',
  submitted: '待社区初审',
  revise: '退回修改',
  passed: '待街道终审',
  approved: '已立项',
  rejected: '未通过',
  withdrawn: '已撤回',
  completed: '已结项',
}

/** The scoring criteria a new programme starts with (weights add up to 100). */
export const DEFAULT_CRITERIA: readonly WelfareCriterion[] = [
  { key: 'need', name: '需求迫切', weight: 30 },
  { key: 'feasibility', name: '方案可行', weight: 30 },
  { key: 'budget', name: '预算合理', weight: 20 },
  { key: 'impact', name: '社会效益', weight: 20 },
]

export const WELFARE_LIMITS = {
  nameMax: 40,
  orgNameMax: 60,
  orgRegNoMax: 30,
  beneficiariesMax: 60,
  beneficiaryCountMax: 1_000_000,
  textMax: 2000,
  itemNameMax: 40,
  itemsMax: 30,
  communitiesMax: 30,
  attachmentsMax: 9,
  commentMax: 500,
  progressMax: 1000,
  photosMax: 9,
} as const

// Which characters text may hold: src/domain/text.ts.
const DAY = /^\d{4}-\d{2}-\d{2}$/
const ID = /^[A-Za-z0-9]{1,32}$/

export type WelfareField = keyof WelfareApplicationFields | 'programmeId'
export type FieldErrors<F extends string> = Partial<Record<F, string>>
export type Validated<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F>; first: string }

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(v: unknown): v is string {
  if (typeof v !== 'string' || !DAY.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
}

function text(v: unknown, max: number, opts: { multiline?: boolean } = {}): string | 'control' | 'long' | 'type' | '' {
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string') return 'type'
  if (hasForbiddenChars(v, opts)) return 'control'
  const t = (opts.multiline ? v.replace(/\r\n/g, '\n') : v).trim()
  if ([...t].length > max) return 'long'
  return t
}

/** The sum of the items, in fen. */
export function sumFen(items: readonly BudgetItem[]): number {
  return items.reduce((s, i) => s + i.amountFen, 0)
}

export interface ApplicationRules {
  /** Submission: every required field, total within the cap. A draft only needs what it has to be well-formed. */
  complete: boolean
  capFen?: number
  /** Categories the programme takes (all by default). */
  categories?: readonly WelfareCategory[]
}

/**
 * Checks an application (draft or submission) the same way in the form and on the server; returns
 * the cleaned fields. Bad amounts, a total that does not match, end before start are refused even
 * in a draft, so nothing wrong is ever stored.
 */
export function validateApplication(input: Record<string, unknown>, rules: ApplicationRules): Validated<WelfareApplicationFields, WelfareField> {
  const errors: FieldErrors<WelfareField> = {}
  const out: WelfareApplicationFields = {}
  const need = rules.complete
  const L = WELFARE_LIMITS

  const kind = input.applicantKind
  if (kind !== undefined && kind !== null) {
    if (!APPLICANT_KINDS.includes(kind as ApplicantKind)) errors.applicantKind = WELFARE_MESSAGES.applicantKind
    else out.applicantKind = kind as ApplicantKind
  } else if (need) errors.applicantKind = WELFARE_MESSAGES.applicantKind

  const orgName = text(input.orgName, L.orgNameMax)
  if (orgName === 'type' || orgName === 'control') errors.orgName = '团队或组织名称里有无法识别的字符。'
  else if (orgName === 'long') errors.orgName = `团队或组织名称最多${L.orgNameMax}个字。`
  else if (orgName) out.orgName = orgName
  if (need && out.applicantKind && out.applicantKind !== 'self' && !out.orgName) errors.orgName = WELFARE_MESSAGES.orgName

  const regNo = text(input.orgRegNo, L.orgRegNoMax)
  if (regNo === 'type' || regNo === 'control' || (regNo && !/^[0-9A-Za-z-]+$/.test(regNo))) errors.orgRegNo = WELFARE_MESSAGES.orgRegNo
  else if (regNo === 'long') errors.orgRegNo = `登记证号最多${L.orgRegNoMax}位。`
  else if (regNo) out.orgRegNo = regNo

  if (input.showFullName !== undefined && input.showFullName !== null) {
    if (typeof input.showFullName !== 'boolean') errors.showFullName = WELFARE_MESSAGES.showFullName
    else out.showFullName = input.showFullName
  }

  const name = text(input.projectName, L.nameMax)
  if (name === 'type' || name === 'control') errors.projectName = '项目名称里有无法识别的字符。'
  else if (name === 'long') errors.projectName = `项目名称最多${L.nameMax}个字。`
  else if (name) out.projectName = name
  else if (need) errors.projectName = WELFARE_MESSAGES.projectName

  const category = input.category
  const allowed = rules.categories ?? WELFARE_CATEGORIES
  if (category !== undefined && category !== null && category !== '') {
    if (!allowed.includes(category as WelfareCategory)) errors.category = '请选择本期支持的项目类别。'
    else out.category = category as WelfareCategory
  } else if (need) errors.category = WELFARE_MESSAGES.category

  const who = text(input.beneficiaries, L.beneficiariesMax)
  if (who === 'type' || who === 'control') errors.beneficiaries = '受益对象里有无法识别的字符。'
  else if (who === 'long') errors.beneficiaries = `受益对象最多${L.beneficiariesMax}个字。`
  else if (who) out.beneficiaries = who
  else if (need) errors.beneficiaries = WELFARE_MESSAGES.beneficiaries

  const count = input.beneficiaryCount
  if (count !== undefined && count !== null) {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > L.beneficiaryCountMax) errors.beneficiaryCount = WELFARE_MESSAGES.beneficiaryCount
    else out.beneficiaryCount = count
  } else if (need) errors.beneficiaryCount = '请填写受益人数。'

  const communities = input.communityIds
  if (communities !== undefined && communities !== null) {
    if (!Array.isArray(communities) || communities.some((c) => typeof c !== 'string' || !ID.test(c))) errors.communityIds = WELFARE_MESSAGES.communityIds
    else if (communities.length > L.communitiesMax) errors.communityIds = `服务社区最多${L.communitiesMax}个。`
    else out.communityIds = [...new Set(communities as string[])]
  }
  if (need && !out.communityIds?.length && !errors.communityIds) errors.communityIds = '请至少选择一个服务的社区。'

  for (const f of ['startDate', 'endDate'] as const) {
    const v = input[f]
    if (v === undefined || v === null || v === '') {
      if (need) errors[f] = f === 'startDate' ? WELFARE_MESSAGES.startDate : WELFARE_MESSAGES.endDate
    } else if (!isDay(v)) errors[f] = WELFARE_MESSAGES.date
    else out[f] = v
  }
  if (out.startDate && out.endDate && out.endDate < out.startDate) errors.endDate = '结束日期不能早于开始日期。'

  const items = input.items
  let itemsOk = false
  if (items !== undefined && items !== null) {
    if (!Array.isArray(items)) errors.items = WELFARE_MESSAGES.items
    else if (items.length > L.itemsMax) errors.items = `预算明细最多${L.itemsMax}项。`
    else {
      const cleaned: BudgetItem[] = []
      for (const [i, raw] of items.entries()) {
        const it = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
        const itemName = text(it.name, L.itemNameMax)
        if (itemName === 'type' || itemName === 'control' || itemName === '') {
          errors.items = `请填写第${i + 1}项的用途。`
          break
        }
        if (itemName === 'long') {
          errors.items = `第${i + 1}项的用途最多${L.itemNameMax}个字。`
          break
        }
        const problem = fenProblem(it.amountFen, `第${i + 1}项的金额`)
        if (problem) {
          errors.items = problem
          break
        }
        cleaned.push({ name: itemName, amountFen: it.amountFen as number })
      }
      if (!errors.items) {
        out.items = cleaned
        itemsOk = true
      }
    }
  }
  if (need && !errors.items && !out.items?.length) errors.items = '请至少填写一项预算。'

  const total = input.totalFen
  if (total !== undefined && total !== null) {
    const problem = fenProblem(total, '预算总额')
    if (problem) errors.totalFen = problem
    else if (itemsOk && total !== sumFen(out.items!)) errors.totalFen = '预算总额与明细合计不一致，请核对。'
    else if (!itemsOk && !errors.items && total !== 0) errors.totalFen = '预算总额与明细合计不一致，请核对。'
    else out.totalFen = total as number
  } else if (itemsOk) out.totalFen = sumFen(out.items!)
  if (need && out.totalFen !== undefined && !errors.totalFen) {
    if (out.totalFen <= 0) errors.totalFen = '预算总额必须大于0。'
    else if (rules.capFen !== undefined && out.totalFen > rules.capFen) errors.totalFen = `预算总额超过了本期每个项目的上限${formatYuanText(rules.capFen)}。`
  }

  for (const [f, label] of [['description', '项目简介'], ['outcomes', '预期成效']] as const) {
    const v = text(input[f], L.textMax, { multiline: true })
    if (v === 'type' || v === 'control') errors[f] = `${label}里有无法识别的字符。`
    else if (v === 'long') errors[f] = `${label}最多${L.textMax}个字。`
    else if (v) out[f] = v
    else if (need) errors[f] = `请填写${label}。`
  }

  const att = input.attachmentIds
  if (att !== undefined && att !== null) {
    if (!Array.isArray(att) || att.some((a) => typeof a !== 'string' || !ID.test(a))) errors.attachmentIds = WELFARE_MESSAGES.attachments
    else if (att.length > L.attachmentsMax) errors.attachmentIds = `附件最多${L.attachmentsMax}个。`
    else out.attachmentIds = [...new Set(att as string[])]
  }

  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  return { ok: true, value: out }
}

export type ProgrammeField = keyof WelfareProgrammeInput

/** Checks a programme street staff open: money in fen, cap within budget, window, criteria weights adding to 100. */
export function validateProgramme(input: Record<string, unknown>): Validated<WelfareProgrammeInput, ProgrammeField> {
  const errors: FieldErrors<ProgrammeField> = {}
  const name = text(input.name, WELFARE_LIMITS.nameMax)
  if (!name || name === 'type' || name === 'control') errors.name = WELFARE_MESSAGES.projectName
  else if (name === 'long') errors.name = `名称最多${WELFARE_LIMITS.nameMax}个字。`
  const budget = fenProblem(input.budgetFen, '总预算')
  if (budget) errors.budgetFen = budget
  else if ((input.budgetFen as number) <= 0) errors.budgetFen = '总预算必须大于0。'
  const cap = fenProblem(input.capFen, '单个项目上限')
  if (cap) errors.capFen = cap
  else if ((input.capFen as number) <= 0) errors.capFen = '单个项目上限必须大于0。'
  else if (!budget && (input.capFen as number) > (input.budgetFen as number)) errors.capFen = '单个项目上限不能超过总预算。'
  if (!isDay(input.opensOn)) errors.opensOn = WELFARE_MESSAGES.opensOn
  if (!isDay(input.closesOn)) errors.closesOn = WELFARE_MESSAGES.closesOn
  else if (isDay(input.opensOn) && (input.closesOn as string) < (input.opensOn as string)) errors.closesOn = '截止日期不能早于开始日期。'
  const cats = input.categories
  if (!Array.isArray(cats) || !cats.length || cats.some((c) => !WELFARE_CATEGORIES.includes(c as WelfareCategory))) errors.categories = WELFARE_MESSAGES.categories
  const criteria = input.criteria
  if (!Array.isArray(criteria) || !criteria.length || criteria.length > 10) errors.criteria = '请设置1到10项评分标准。'
  else {
    const keys = new Set<string>()
    for (const c of criteria as Array<Record<string, unknown>>) {
      const cname = text(c?.name, 20)
      if (!c || typeof c.key !== 'string' || !/^[a-z][a-zA-Z0-9]{0,19}$/.test(c.key) || keys.has(c.key) || !cname || cname.length > 20 || cname === 'type' || cname === 'control' || cname === 'long') {
        errors.criteria = '每项评分标准需要名称。'
        break
      }
      if (typeof c.weight !== 'number' || !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) {
        errors.criteria = '评分权重应为1到100的整数。'
        break
      }
      keys.add(c.key)
    }
    if (!errors.criteria && (criteria as WelfareCriterion[]).reduce((s, c) => s + c.weight, 0) !== 100) errors.criteria = '各项评分权重合计应为100。'
  }
  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  return {
    ok: true,
    value: {
      name: name as string,
      budgetFen: input.budgetFen as number,
      capFen: input.capFen as number,
      opensOn: input.opensOn as string,
      closesOn: input.closesOn as string,
      categories: [...new Set(cats as WelfareCategory[])],
      criteria: (criteria as WelfareCriterion[]).map((c) => ({ key: c.key, name: c.name.trim(), weight: c.weight })),
    },
  }
}

/** Where a day stands against a programme's window (both ends inclusive). */
export function phaseOf(p: { opensOn: string; closesOn: string }, today: string): 'upcoming' | 'open' | 'closed' {
  if (today < p.opensOn) return 'upcoming'
  if (today > p.closesOn) return 'closed'
  return 'open'
}

/** Why a submission on `today` is outside the window, or null inside it. */
export function windowProblem(p: { opensOn: string; closesOn: string }, today: string): string | null {
  const phase = phaseOf(p, today)
  if (phase === 'upcoming') return `本期申报尚未开始（${p.opensOn}起），请届时再提交。`
  if (phase === 'closed') return `本期申报已于${p.closesOn}截止，不能再提交。`
  return null
}

/** 张三 → 张**: a person's name as the public list shows it unless they chose to show it in full. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (!chars.length) return '**'
  return `${chars[0]}**`
}

/** The applicant as the public sees them: a team or organisation by its name; a person masked unless they chose otherwise. */
export function publicApplicantName(a: { applicantKind?: ApplicantKind; orgName?: string; showFullName?: boolean }, personName: string): string {
  if (a.applicantKind && a.applicantKind !== 'self' && a.orgName) return a.orgName
  return a.showFullName ? personName : maskName(personName)
}

/** Scores per criterion, 0..100 each; every criterion must be scored. */
export function scoresProblem(criteria: readonly WelfareCriterion[], scores: unknown): string | null {
  if (!scores || typeof scores !== 'object' || Array.isArray(scores)) return WELFARE_MESSAGES.scores
  const s = scores as Record<string, unknown>
  for (const key of Object.keys(s)) if (!criteria.some((c) => c.key === key)) return '评分里有本期没有的标准，请刷新后重试。'
  for (const c of criteria) {
    const v = s[c.key]
    if (v === undefined) return `请为“${c.name}”打分。`
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100) return `“${c.name}”的分数应为0到100的整数。`
  }
  return null
}

/** The weighted total of a review's scores, 0..100, one decimal. */
export function weightedScore(criteria: readonly WelfareCriterion[], scores: Record<string, number>): number {
  const weights = criteria.reduce((s, c) => s + c.weight, 0)
  if (!weights) return 0
  const total = criteria.reduce((s, c) => s + (scores[c.key] ?? 0) * c.weight, 0) / weights
  return Math.round(total * 10) / 10
}

export type Decision = 'pass' | 'revise' | 'reject' | 'approve'
export const DECISION_LABELS: Record<Decision, string> = { pass: '初审通过', revise: '退回修改', reject: '不予通过', approve: '批准立项' }

/** The stage a decision belongs to, given the application's status; null when no review is possible now. */
export function reviewStage(status: WelfareStatus): 'first' | 'final' | null {
  if (status === 'submitted') return 'first'
  if (status === 'passed') return 'final'
  return null
}

/** Checks a review's own content (not who reviews): decisions of the stage, a reason for revise and reject, an amount to approve. */
export function reviewProblem(
  stage: 'first' | 'final',
  r: { decision: unknown; comment?: unknown; amountFen?: unknown; scores?: unknown },
  ctx: { criteria: readonly WelfareCriterion[]; requestedFen: number; budgetLeftFen: number },
): string | null {
  const firstDecisions: Decision[] = ['pass', 'revise', 'reject']
  const finalDecisions: Decision[] = ['approve', 'reject']
  if (!(stage === 'first' ? firstDecisions : finalDecisions).includes(r.decision as Decision)) {
    return stage === 'first' ? '初审只能选择通过、退回修改或不予通过。' : '终审只能选择批准立项或不予通过。'
  }
  const comment = text(r.comment, WELFARE_LIMITS.commentMax, { multiline: true })
  if (comment === 'type' || comment === 'control') return WELFARE_MESSAGES.comment
  if (comment === 'long') return `意见最多${WELFARE_LIMITS.commentMax}个字。`
  if ((r.decision === 'revise' || r.decision === 'reject') && !comment) return r.decision === 'revise' ? '请写明需要修改的地方。' : '请写明不予通过的原因。'
  if (stage === 'first' && r.decision === 'pass') {
    const s = scoresProblem(ctx.criteria, r.scores)
    if (s) return s
  } else if (stage === 'first' && r.scores !== undefined && r.scores !== null) {
    const s = scoresProblem(ctx.criteria, r.scores)
    if (s) return s
  }
  if (r.decision === 'approve') {
    const p = fenProblem(r.amountFen, '批准金额')
    if (p) return p
    const amount = r.amountFen as number
    if (amount <= 0) return '批准金额必须大于0。'
    if (amount > ctx.requestedFen) return `批准金额不能超过申请金额${formatYuanText(ctx.requestedFen)}。`
    if (amount > ctx.budgetLeftFen) return `批准金额超过了本期剩余预算${formatYuanText(ctx.budgetLeftFen)}。`
  }
  return null
}

/** What the author may still do with an application. */
export function authorCan(status: WelfareStatus, windowOpen: boolean): { edit: boolean; submit: boolean; withdraw: boolean; postProgress: boolean } {
  return {
    edit: status === 'draft' || status === 'revise',
    submit: (status === 'draft' || status === 'revise') && windowOpen,
    withdraw: status === 'draft' || status === 'submitted' || status === 'revise',
    postProgress: status === 'approved',
  }
}

/** Statuses counted on the programme page (drafts are private and never counted). */
export const PUBLIC_COUNT_STATUSES: readonly WelfareStatus[] = ['submitted', 'revise', 'passed', 'approved', 'rejected', 'completed', 'withdrawn']

/** Budget used and left as shares of the whole, for the programme chart (percent, one decimal). */
export function budgetShares(budgetFen: number, approvedFen: number): { usedPct: number; leftPct: number; leftFen: number } {
  if (budgetFen <= 0) return { usedPct: 0, leftPct: 0, leftFen: 0 }
  const used = Math.min(approvedFen, budgetFen)
  const usedPct = Math.round((used / budgetFen) * 1000) / 10
  return { usedPct, leftPct: Math.round((100 - usedPct) * 10) / 10, leftFen: budgetFen - used }
}

export { welfareApplicationPage } from './welfare-pages'

/** A progress post or final report: 1..1000 characters, line breaks allowed; null when fine. */
export function validateProgressText(text: unknown): string | null {
  const rule = { max: WELFARE_LIMITS.progressMax, multiline: true, required: true }
  const r = checkText(text, rule)
  return r.ok ? null : textMessage('进展内容', r.problem, rule)
}
