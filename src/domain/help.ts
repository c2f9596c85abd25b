/**
 * Rules of stewards and help requests (求助), shared by the forms and cloud code. Pure: no Taro, no Parse.
 */
import type { HelpActorRole, HelpEventKind, HelpInput, HelpKind, HelpRequestSummary, HelpStatus } from '@contract/api-help'
import { hasForbiddenChars } from './text'
import { HELP_MESSAGES } from './messages'

export const HELP_KINDS: readonly HelpKind[] = ['就医陪同', '代买代办', '维修', '其他']
export const HELP_LIMITS = { textMax: 500, replyMax: 500, noteMax: 200, reasonMax: 100, introMax: 200, dutyHoursMax: 40 } as const
/** Escalation defaults (minutes): server/config.ts reads HELP_ESCALATE_MINUTES and HELP_ESCALATE_URGENT_MINUTES. */
export const ESCALATE_DEFAULTS = { normal: 120, urgent: 30 } as const

export const HELP_KIND_HINTS: Record<HelpKind, string> = {
  就医陪同: '看病、取药、复诊有人陪',
  代买代办: '买菜、买药、缴费、跑腿',
  维修: '水电、门窗、家电小修',
  其他: '其他需要帮忙的事',
}

// Which characters text may hold: src/domain/text.ts; line breaks only where people write sentences.

const length = (s: string) => [...s].length

export type HelpValidated = { ok: true; value: Required<HelpInput> } | { ok: false; field: keyof HelpInput; first: string }

/** A help request as the form and the server check it; text is optional, the kind is not. */
export function validateHelpInput(input: Partial<Record<keyof HelpInput, unknown>>): HelpValidated {
  if (!HELP_KINDS.includes(input.kind as HelpKind)) return { ok: false, field: 'kind', first: HELP_MESSAGES.kind }
  if (input.text !== undefined && input.text !== null && typeof input.text !== 'string') return { ok: false, field: 'text', first: HELP_MESSAGES.text }
  const text = typeof input.text === 'string' ? input.text.replace(/\r\n/g, '\n').trim() : ''
  if (typeof input.text === 'string' && hasForbiddenChars(input.text, { multiline: true })) return { ok: false, field: 'text', first: '说明里有无法识别的字符。' }
  if (length(text) > HELP_LIMITS.textMax) return { ok: false, field: 'text', first: `说明最多${HELP_LIMITS.textMax}个字。` }
  if (input.urgent !== undefined && typeof input.urgent !== 'boolean') return { ok: false, field: 'urgent', first: HELP_MESSAGES.urgent }
  return { ok: true, value: { kind: input.kind as HelpKind, text, urgent: input.urgent === true } }
}

function sentence(value: unknown, max: number, empty: string, what: string, multiline = true): string | null {
  if (typeof value !== 'string' || !value.trim()) return empty
  if (hasForbiddenChars(value, { multiline })) return `${what}里有无法识别的字符。`
  if (length(value.trim()) > max) return `${what}最多${max}个字。`
  return null
}

export function validateReply(text: unknown): string | null {
  return sentence(text, HELP_LIMITS.replyMax, HELP_MESSAGES.reply, '回复')
}

export function validateResolveNote(note: unknown): string | null {
  return sentence(note, HELP_LIMITS.noteMax, HELP_MESSAGES.resolveNote, '处理结果')
}

export function validateEndReason(reason: unknown): string | null {
  return sentence(reason, HELP_LIMITS.reasonMax, HELP_MESSAGES.endReason, '原因', false)
}

export interface StewardProfileInput {
  intro: string
  dutyHours: string
}

/** The steward's own card: an introduction (≤ 200) and duty hours (≤ 40), both optional. */
export function validateStewardProfile(input: { intro?: unknown; dutyHours?: unknown }):
  | { ok: true; value: StewardProfileInput }
  | { ok: false; field: 'intro' | 'dutyHours'; first: string } {
  const intro = input.intro === undefined || input.intro === null ? '' : input.intro
  const duty = input.dutyHours === undefined || input.dutyHours === null ? '' : input.dutyHours
  if (typeof intro !== 'string') return { ok: false, field: 'intro', first: HELP_MESSAGES.intro }
  if (typeof duty !== 'string') return { ok: false, field: 'dutyHours', first: HELP_MESSAGES.dutyHours }
  if (hasForbiddenChars(intro, { multiline: true })) return { ok: false, field: 'intro', first: '简介里有无法识别的字符。' }
  if (length(intro.trim()) > HELP_LIMITS.introMax) return { ok: false, field: 'intro', first: `简介最多${HELP_LIMITS.introMax}个字。` }
  if (hasForbiddenChars(duty)) return { ok: false, field: 'dutyHours', first: '值守时间里有无法识别的字符。' }
  if (length(duty.trim()) > HELP_LIMITS.dutyHoursMax) return { ok: false, field: 'dutyHours', first: `值守时间最多${HELP_LIMITS.dutyHoursMax}个字。` }
  return { ok: true, value: { intro: intro.trim(), dutyHours: duty.trim() } }
}

export interface EscalationMinutes {
  normal: number
  urgent: number
}

/** When an open request goes to community staff if nobody has accepted it. */
export function escalatesAt(createdAt: Date, urgent: boolean, minutes: EscalationMinutes = ESCALATE_DEFAULTS): Date {
  return new Date(createdAt.getTime() + (urgent ? minutes.urgent : minutes.normal) * 60_000)
}

/** True when an open, not yet escalated request is due for escalation at `now`. */
export function isEscalationDue(createdAt: Date, urgent: boolean, now: Date, minutes: EscalationMinutes = ESCALATE_DEFAULTS): boolean {
  return escalatesAt(createdAt, urgent, minutes).getTime() <= now.getTime()
}

/** What a resident reads as a request's state. */
export function helpStatusLabel(r: Pick<HelpRequestSummary, 'status' | 'escalated'>): string {
  if (r.status === 'open') return r.escalated ? '已转社区处理' : '等待红管家受理'
  return { accepted: '处理中', resolved: '已解决', cancelled: '已取消' }[r.status]
}

/** True while a request can still change (be accepted, replied to, resolved or cancelled). */
export function isLive(status: HelpStatus): boolean {
  return status === 'open' || status === 'accepted'
}

export const HELP_EVENT_LABELS: Record<HelpEventKind, string> = {
  submitted: '提交求助',
  accepted: '已受理',
  reply: '回复',
  escalated: '已转社区处理',
  reopened: '重新等待受理',
  resolved: '已解决',
  cancelled: '已取消',
}

export const HELP_ACTOR_LABELS: Record<HelpActorRole, string> = {
  resident: '居民',
  family: '家属代办',
  steward: '楼道红管家',
  communityStaff: '社区工作人员',
  system: '系统',
}

/** One line of the timeline: 「已受理 · 楼道红管家 王红梅」. */
export function helpEventLine(e: { kind: HelpEventKind; actorRole: HelpActorRole; actorName: string }): string {
  if (e.kind === 'escalated') return '无人及时受理，已转社区工作人员处理'
  if (e.kind === 'reopened') return '原受理的红管家已不再负责这栋楼，重新等待受理'
  const who = e.actorRole === 'system' ? '' : ` · ${HELP_ACTOR_LABELS[e.actorRole]} ${e.actorName}`
  return `${HELP_EVENT_LABELS[e.kind]}${who}`
}
