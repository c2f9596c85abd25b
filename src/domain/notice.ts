/**
 * Bulletin rules shared by the publishing form and cloud code. Pure: no Taro, no Parse.
 */
import type { NoticeCategory, NoticeInput, NoticeScope } from '@contract/domain'
import { dayjs } from './time'
import { hasForbiddenChars } from './text'
import { NOTICE_MESSAGES } from './messages'

export const NOTICE_CATEGORIES: readonly NoticeCategory[] = ['停水停电', '安全提示', '政策通知', '活动通知', '其他']
export const NOTICE_SCOPES: readonly NoticeScope[] = ['street', 'community', 'building']
export const NOTICE_LIMITS = { titleMax: 40, bodyMax: 2000, hideReasonMax: 200, imagesMax: 6 } as const

export const SCOPE_LABELS: Record<NoticeScope, string> = { street: '街道', community: '社区', building: '楼栋' }

// Which characters text may hold: src/domain/text.ts; line breaks only in a body.

export type NoticeField = keyof NoticeInput
export type NoticeValidated = { ok: true; value: NoticeInput } | { ok: false; errors: Partial<Record<NoticeField, string>>; first: string }

/** Checks a notice the same way in the form and on the server; returns the cleaned value. */
export function validateNotice(input: Partial<Record<NoticeField, unknown>>): NoticeValidated {
  const errors: Partial<Record<NoticeField, string>> = {}
  if (!NOTICE_SCOPES.includes(input.scope as NoticeScope)) errors.scope = NOTICE_MESSAGES.scope
  if (typeof input.targetId !== 'string' || !input.targetId) errors.targetId = NOTICE_MESSAGES.target
  const title = typeof input.title === 'string' ? input.title.trim() : ''
  if (!title) errors.title = NOTICE_MESSAGES.title
  else if (hasForbiddenChars(input.title as string)) errors.title = '标题里有无法识别的字符。'
  else if ([...title].length > NOTICE_LIMITS.titleMax) errors.title = `标题最多${NOTICE_LIMITS.titleMax}个字。`
  const body = typeof input.body === 'string' ? input.body.replace(/\r\n/g, '\n').trim() : ''
  if (!body) errors.body = NOTICE_MESSAGES.body
  else if (hasForbiddenChars(input.body as string, { multiline: true })) errors.body = '正文里有无法识别的字符。'
  else if ([...body].length > NOTICE_LIMITS.bodyMax) errors.body = `正文最多${NOTICE_LIMITS.bodyMax}个字。`
  if (!NOTICE_CATEGORIES.includes(input.category as NoticeCategory)) errors.category = NOTICE_MESSAGES.category
  for (const flag of ['pinned', 'urgent'] as const) {
    if (input[flag] !== undefined && typeof input[flag] !== 'boolean') errors[flag] = NOTICE_MESSAGES.flag
  }
  const effective = instant(input.effectiveFrom)
  const expires = instant(input.expiresAt)
  if (effective === 'invalid') errors.effectiveFrom = NOTICE_MESSAGES.effectiveFrom
  if (expires === 'invalid') errors.expiresAt = NOTICE_MESSAGES.expiresAt
  if (effective && expires && effective !== 'invalid' && expires !== 'invalid' && !expires.isAfter(effective)) {
    errors.expiresAt = '过期时间必须晚于生效时间。'
  }
  const images: unknown = input.imageIds === undefined ? [] : input.imageIds
  if (!Array.isArray(images) || !images.every((id) => typeof id === 'string' && /^[A-Za-z0-9]{1,32}$/.test(id))) errors.imageIds = NOTICE_MESSAGES.images
  else if (new Set(images).size > NOTICE_LIMITS.imagesMax) errors.imageIds = `最多${NOTICE_LIMITS.imagesMax}张图片。`
  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  return {
    ok: true,
    value: {
      scope: input.scope as NoticeScope,
      targetId: input.targetId as string,
      title,
      body,
      category: input.category as NoticeCategory,
      pinned: input.pinned === true,
      urgent: input.urgent === true,
      ...(effective && effective !== 'invalid' ? { effectiveFrom: effective.toISOString() } : {}),
      ...(expires && expires !== 'invalid' ? { expiresAt: expires.toISOString() } : {}),
      ...(Array.isArray(images) && images.length ? { imageIds: [...new Set(images as string[])] } : {}),
    },
  }
}

/**
 * A draft's rules: anything may be missing, but what is there must already be right (a draft
 * never holds a 60-character title that publishing would refuse later).
 */
export function validateDraft(input: Partial<Record<NoticeField, unknown>>): NoticeValidated | { ok: true; value: Partial<NoticeInput> } {
  const full = validateNotice(input)
  if (full.ok) return full
  const blank = (v: unknown) => v === undefined || v === null || v === ''
  const missingOnly: Partial<Record<NoticeField, string>> = {}
  for (const [field, message] of Object.entries(full.errors) as Array<[NoticeField, string]>) {
    if (!blank(input[field])) missingOnly[field] = message
  }
  const first = Object.values(missingOnly)[0]
  if (first) return { ok: false, errors: missingOnly, first }
  const value: Partial<NoticeInput> = {}
  for (const key of Object.keys(input) as NoticeField[]) {
    if (!blank(input[key]) && !(key in full.errors)) (value as Record<string, unknown>)[key] = typeof input[key] === 'string' ? (input[key] as string).trim() : input[key]
  }
  return { ok: true, value }
}

function instant(value: unknown): dayjs.Dayjs | null | 'invalid' {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return 'invalid'
  const d = dayjs(value)
  return d.isValid() ? d : 'invalid'
}

export function validateHideReason(reason: unknown): string | null {
  if (typeof reason !== 'string' || !reason.trim()) return NOTICE_MESSAGES.hideReason
  if (hasForbiddenChars(reason, { multiline: true })) return '原因里有无法识别的字符。'
  if ([...reason.trim()].length > NOTICE_LIMITS.hideReasonMax) return `原因最多${NOTICE_LIMITS.hideReasonMax}个字。`
  return null
}

export type BodySegment = { kind: 'text'; text: string } | { kind: 'link'; url: string } | { kind: 'break' }

const URL = /https?:\/\/[^\s<>"'，。；、）)】]+/g

/** A notice body as segments to render as text: links become links, nothing is ever run as markup. */
export function bodySegments(body: string): BodySegment[] {
  const out: BodySegment[] = []
  body.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break' })
    let last = 0
    for (const m of line.matchAll(URL)) {
      if (m.index! > last) out.push({ kind: 'text', text: line.slice(last, m.index) })
      out.push({ kind: 'link', url: m[0] })
      last = m.index! + m[0].length
    }
    if (last < line.length) out.push({ kind: 'text', text: line.slice(last) })
  })
  return out
}

// The 公告 tab's spoken name lives in notice-tab.ts, so the main package need not carry these rules.
export { noticesTabLabel } from './notice-tab'
