/**
 * Problem rules shared by the report forms and cloud code (issue #7): categories, what a report
 * must hold, the steps a resident sees, deadlines in working days, and the visit day. Pure: no Taro, no Parse.
 */
import type { ProblemCategory, ProblemStatus } from '@contract/api-problems'
import { APP_TIMEZONE, dayjs } from './time'
import { hasForbiddenChars } from './text'
import { PROBLEM_MESSAGES } from './messages'

export const PROBLEM_CATEGORIES: readonly ProblemCategory[] = ['环境卫生', '设施维修', '邻里纠纷', '安全隐患', '物业服务', '政策咨询', '其他']

export const PROBLEM_LIMITS = {
  descriptionMax: 500,
  locationMax: 40,
  photosMax: 6,
  replyMax: 500,
  commentMax: 200,
  /** Solve deadlines a street may set per category. */
  solveDaysMin: 1,
  solveDaysMax: 60,
} as const

/** Solved within 7 days unless the street set another number for the category. */
export const DEFAULT_SOLVE_DAYS = 7
/** A solved problem without the resident's answer counts as confirmed after this many days. */
export const AUTO_CONFIRM_DAYS = 7
/** First reply within one working day. */
export const REPLY_WORKING_DAYS = 1
/** Escalated to street staff this many working days after community staff were told. */
export const STREET_ESCALATION_WORKING_DAYS = 1
/** The monthly visit day (集中走访日). */
export const VISIT_DAY = 15

export const STATUS_LABELS: Record<ProblemStatus, string> = {
  received: '已受理',
  answered: '已答复',
  handling: '处理中',
  solved: '已解决',
  confirmed: '已确认',
}

/** The steps a resident sees, in order; `confirmed` closes the last one. */
export const PROBLEM_STEPS: ReadonlyArray<{ status: ProblemStatus; label: string }> = [
  { status: 'received', label: '已受理' },
  { status: 'answered', label: '已答复' },
  { status: 'handling', label: '处理中' },
  { status: 'solved', label: '已解决' },
]

const ORDER: Record<ProblemStatus, number> = { received: 0, answered: 1, handling: 2, solved: 3, confirmed: 4 }

/** How many of PROBLEM_STEPS are done for a status (a confirmed problem has all four). */
export function stepsDone(status: ProblemStatus): number {
  return Math.min(ORDER[status] + 1, PROBLEM_STEPS.length)
}

export function isOpen(status: ProblemStatus): boolean {
  return status === 'received' || status === 'answered' || status === 'handling'
}

// Which characters text may hold: src/domain/text.ts.

export type ProblemField = 'category' | 'description' | 'location' | 'photoIds' | 'showNameToHandler'
export interface ProblemDraft {
  category: ProblemCategory
  description: string
  location?: string
  photoIds: string[]
  showNameToHandler: boolean
}
export type ProblemValidated = { ok: true; value: ProblemDraft } | { ok: false; errors: Partial<Record<ProblemField, string>>; first: string }

/** Checks a report the same way in the form and on the server; returns the cleaned value. */
export function validateProblem(input: Partial<Record<ProblemField, unknown>>): ProblemValidated {
  const errors: Partial<Record<ProblemField, string>> = {}
  if (!PROBLEM_CATEGORIES.includes(input.category as ProblemCategory)) errors.category = PROBLEM_MESSAGES.category
  const description = typeof input.description === 'string' ? input.description.replace(/\r\n/g, '\n').trim() : ''
  if (!description) errors.description = PROBLEM_MESSAGES.description
  else if (hasForbiddenChars(input.description as string, { multiline: true })) errors.description = '问题描述里有无法识别的字符。'
  else if ([...description].length > PROBLEM_LIMITS.descriptionMax) errors.description = `问题描述最多${PROBLEM_LIMITS.descriptionMax}个字。`
  let location: string | undefined
  if (input.location !== undefined && input.location !== null && input.location !== '') {
    location = typeof input.location === 'string' ? input.location.trim() : undefined
    if (location === undefined || hasForbiddenChars(location)) errors.location = PROBLEM_MESSAGES.location
    else if ([...location].length > PROBLEM_LIMITS.locationMax) errors.location = `地点最多${PROBLEM_LIMITS.locationMax}个字。`
    if (location === '') location = undefined
  }
  const photos = photoIdsError(input.photoIds)
  if (photos) errors.photoIds = photos
  if (input.showNameToHandler !== undefined && typeof input.showNameToHandler !== 'boolean') errors.showNameToHandler = PROBLEM_MESSAGES.showName
  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  return {
    ok: true,
    value: {
      category: input.category as ProblemCategory,
      description,
      ...(location ? { location } : {}),
      photoIds: (input.photoIds as string[] | undefined) ?? [],
      showNameToHandler: input.showNameToHandler === true,
    },
  }
}

/** Photos are optional, at most 6. */
export function photoIdsError(photoIds: unknown): string | null {
  if (photoIds === undefined || photoIds === null) return null
  if (!Array.isArray(photoIds) || photoIds.some((id) => typeof id !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(id))) return PROBLEM_MESSAGES.photos
  if (photoIds.length > PROBLEM_LIMITS.photosMax) return `照片最多${PROBLEM_LIMITS.photosMax}张。`
  if (new Set(photoIds).size !== photoIds.length) return '同一张照片只能上传一次。'
  return null
}

/** A reply, an update or a solution note: 1..500 characters. */
export function validateReplyText(text: unknown, empty: string = PROBLEM_MESSAGES.reply): string | null {
  if (typeof text !== 'string' || !text.trim()) return empty
  if (hasForbiddenChars(text, { multiline: true })) return '内容里有无法识别的字符。'
  if ([...text.trim()].length > PROBLEM_LIMITS.replyMax) return `内容最多${PROBLEM_LIMITS.replyMax}个字。`
  return null
}

/** A rating 1..5 (whole stars) and an optional comment of at most 200 characters; a reopen needs the reason. */
export function validateConfirm(input: { satisfied: unknown; rating?: unknown; comment?: unknown }): string | null {
  if (typeof input.satisfied !== 'boolean') return PROBLEM_MESSAGES.satisfied
  if (input.rating !== undefined && input.rating !== null && !(Number.isInteger(input.rating) && (input.rating as number) >= 1 && (input.rating as number) <= 5)) {
    return PROBLEM_MESSAGES.rating
  }
  const comment = typeof input.comment === 'string' ? input.comment.trim() : ''
  if (input.comment !== undefined && input.comment !== null && typeof input.comment !== 'string') return PROBLEM_MESSAGES.comment
  if (typeof input.comment === 'string' && hasForbiddenChars(input.comment, { multiline: true })) return '评价里有无法识别的字符。'
  if ([...comment].length > PROBLEM_LIMITS.commentMax) return `评价最多${PROBLEM_LIMITS.commentMax}个字。`
  if (!input.satisfied && !comment) return '请写明还没有解决的地方，方便继续处理。'
  return null
}

export function validateSolveDays(days: unknown): string | null {
  if (!Number.isInteger(days) || (days as number) < PROBLEM_LIMITS.solveDaysMin || (days as number) > PROBLEM_LIMITS.solveDaysMax) {
    return `办结时限应为${PROBLEM_LIMITS.solveDaysMin}到${PROBLEM_LIMITS.solveDaysMax}天。`
  }
  return null
}

// ── Working days ───────────────────────────────────────────────────────────────────────────

/**
 * Monday to Friday in the street's time zone. Public holidays and the weekend days China swaps
 * for them are not modelled (a documented simplification): a holiday counts as a working day.
 */
export function isWorkingDay(at: Date): boolean {
  const d = dayjs(at).tz(APP_TIMEZONE).day()
  return d >= 1 && d <= 5
}

/**
 * `n` working days after `from`: the same time of day on the n-th next working day. Something
 * that arrives on a weekend starts at 00:00 of the next working day, so it also gets n whole working days.
 */
export function addWorkingDays(from: Date, n: number): Date {
  let t = dayjs(from).tz(APP_TIMEZONE)
  if (!isWorkingDay(t.toDate())) {
    t = t.startOf('day')
    while (!isWorkingDay(t.toDate())) t = t.add(1, 'day')
  }
  let left = n
  while (left > 0) {
    t = t.add(1, 'day')
    if (isWorkingDay(t.toDate())) left -= 1
  }
  return t.toDate()
}

/** When the first reply and the solution are due for a problem reported (or reopened) at `at`. */
export function deadlinesFor(reportedAt: Date, solveDays: number = DEFAULT_SOLVE_DAYS): { replyDueAt: Date; solveDueAt: Date } {
  return { replyDueAt: addWorkingDays(reportedAt, REPLY_WORKING_DAYS), solveDueAt: new Date(reportedAt.getTime() + solveDays * 86_400_000) }
}

/** Overdue: still open and past its reply deadline (no reply yet) or its solve deadline. */
export function isOverdue(p: { status: ProblemStatus; firstReplyAt: string | null; replyDueAt: string; solveDueAt: string }, now: Date): boolean {
  if (!isOpen(p.status)) return false
  const t = now.getTime()
  return (!p.firstReplyAt && Date.parse(p.replyDueAt) < t) || Date.parse(p.solveDueAt) < t
}

// ── The visit day ─────────────────────────────────────────────────────────────────────────

/** The banner handlers see on their workspace the day before and on the visit day; null on other days. */
export function visitDayBanner(now: Date): string | null {
  const day = dayjs(now).tz(APP_TIMEZONE).date()
  if (day === VISIT_DAY - 1) return `明天（${VISIT_DAY}日）是集中走访日，请安排好走访，收集到的问题可在“走访登记”里录入。`
  if (day === VISIT_DAY) return '今天是集中走访日：走访收集到的问题请在“走访登记”里录入，由网格长跟进。'
  return null
}

/** Formats a rate (0..1) as people read it: 93.5%; no data is a dash. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—'
  return `${Math.round(rate * 1000) / 10}%`
}

/** Hours as people read them: 5.5小时 / 3.2天. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—'
  if (hours < 48) return `${Math.round(hours * 10) / 10}小时`
  return `${Math.round((hours / 24) * 10) / 10}天`
}

/** Handles problems somewhere (the workspace, visit records): grid leaders, stewards, community and street staff. */
export function canHandleProblems(roles: readonly string[] | undefined): boolean {
  return !!roles && roles.some((r) => r === 'gridLeader' || r === 'steward' || r === 'communityStaff' || r === 'streetStaff')
}
