/**
 * Rules of red-summons activities and the time bank, shared by the forms and cloud code.
 * Pure: no Taro, no Parse. Times are instants (ISO); days and "Saturday" are Asia/Shanghai's.
 */
import type { ActivityInput, ActivityTheme } from '@contract/api-activities'
import { APP_TIMEZONE, dayjs } from './time'
import { hasForbiddenChars } from './text'
import { ACTIVITY_MESSAGES } from './messages'

export const ACTIVITY_THEMES: readonly ActivityTheme[] = ['国卫复查', '文明创建', '清洁家园', '便民服务', '其他']
export const ACTIVITY_LIMITS = {
  titleMax: 40,
  textMax: 500,
  placeMax: 60,
  capacityMax: 5000,
  fixedHoursMax: 24,
  /** Longest activity, in hours. */
  lengthMax: 24,
  reasonMax: 100,
  adjustMax: 100,
} as const

// Which characters text may hold: src/domain/text.ts.

export type ActivityField = keyof ActivityInput
export type ActivityValidated = { ok: true; value: ActivityInput } | { ok: false; errors: Partial<Record<ActivityField, string>>; first: string }

function text(v: unknown, max: number, opts: { multiline?: boolean } = {}): string | null | 'invalid' {
  if (v === undefined || v === null || v === '') return null
  if (typeof v !== 'string') return 'invalid'
  if (hasForbiddenChars(v, opts)) return 'invalid'
  const t = v.replace(/\r\n/g, '\n').trim()
  if (!t) return null
  return [...t].length > max ? 'invalid' : t
}

function instant(v: unknown): dayjs.Dayjs | null {
  if (typeof v !== 'string' || !v) return null
  const d = dayjs(v)
  return d.isValid() ? d : null
}

/** Checks an activity the same way in the form and on the server; `now` rules out the past. */
export function validateActivity(input: Partial<Record<ActivityField, unknown>>, now: Date): ActivityValidated {
  const errors: Partial<Record<ActivityField, string>> = {}
  const title = text(input.title, ACTIVITY_LIMITS.titleMax)
  if (!title) errors.title = ACTIVITY_MESSAGES.title
  else if (title === 'invalid') errors.title = `活动名称最多${ACTIVITY_LIMITS.titleMax}个字，不能换行。`
  if (!ACTIVITY_THEMES.includes(input.theme as ActivityTheme)) errors.theme = ACTIVITY_MESSAGES.theme
  const starts = instant(input.startsAt)
  const ends = instant(input.endsAt)
  const deadline = instant(input.signupDeadline)
  if (!starts) errors.startsAt = ACTIVITY_MESSAGES.startsAt
  else if (!starts.isAfter(now)) errors.startsAt = '开始时间已过，请选择以后的时间。'
  if (!ends) errors.endsAt = ACTIVITY_MESSAGES.endsAt
  else if (starts && !ends.isAfter(starts)) errors.endsAt = '结束时间必须晚于开始时间。'
  else if (starts && ends.diff(starts, 'hour', true) > ACTIVITY_LIMITS.lengthMax) errors.endsAt = `一次活动最长${ACTIVITY_LIMITS.lengthMax}小时。`
  if (!deadline) errors.signupDeadline = ACTIVITY_MESSAGES.signupDeadline
  else if (starts && deadline.isAfter(starts)) errors.signupDeadline = '报名截止时间不能晚于活动开始时间。'
  else if (!deadline.isAfter(now)) errors.signupDeadline = '报名截止时间已过，请重新选择。'
  const cap = input.capacity
  if (typeof cap !== 'number' || !Number.isInteger(cap) || cap <= 0) errors.capacity = ACTIVITY_MESSAGES.capacity
  else if (cap > ACTIVITY_LIMITS.capacityMax) errors.capacity = `招募人数最多${ACTIVITY_LIMITS.capacityMax}人。`
  const place = (input.place ?? null) as Record<string, unknown> | null
  const placeText = place && typeof place === 'object' ? text(place.text, ACTIVITY_LIMITS.placeMax) : null
  if (!placeText) errors.place = ACTIVITY_MESSAGES.place
  else if (placeText === 'invalid') errors.place = `集合地点最多${ACTIVITY_LIMITS.placeMax}个字。`
  else if (place && !validPoint(place.lat, place.lng)) errors.place = '地图位置不对，请重新选择。'
  const description = text(input.description, ACTIVITY_LIMITS.textMax, { multiline: true })
  if (description === 'invalid') errors.description = `活动说明最多${ACTIVITY_LIMITS.textMax}个字。`
  const bring = text(input.bring, ACTIVITY_LIMITS.textMax, { multiline: true })
  if (bring === 'invalid') errors.bring = `携带物品最多${ACTIVITY_LIMITS.textMax}个字。`
  const fixed = input.fixedHours
  if (fixed !== undefined && fixed !== null && (typeof fixed !== 'number' || fixed <= 0 || fixed > ACTIVITY_LIMITS.fixedHoursMax || (fixed * 2) % 1 !== 0)) {
    errors.fixedHours = ACTIVITY_MESSAGES.fixedHours
  }
  const ids = input.communityIds
  if (ids !== undefined && (!Array.isArray(ids) || ids.length > 30 || ids.some((id) => typeof id !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(id)))) {
    errors.communityIds = ACTIVITY_MESSAGES.communityIds
  }
  const phone = input.organiserPhone
  if (phone !== undefined && phone !== '' && (typeof phone !== 'string' || !/^1\d{10}$/.test(phone))) errors.organiserPhone = ACTIVITY_MESSAGES.organiserPhone
  const first = Object.values(errors)[0]
  if (first) return { ok: false, errors, first }
  const p = place as Record<string, unknown>
  return {
    ok: true,
    value: {
      title: title as string,
      theme: input.theme as ActivityTheme,
      startsAt: starts!.toISOString(),
      endsAt: ends!.toISOString(),
      signupDeadline: deadline!.toISOString(),
      capacity: cap as number,
      place: {
        text: placeText as string,
        ...(typeof p.communityId === 'string' && p.communityId ? { communityId: p.communityId } : {}),
        ...(typeof p.buildingId === 'string' && p.buildingId ? { buildingId: p.buildingId } : {}),
        ...(typeof p.lat === 'number' && typeof p.lng === 'number' ? { lat: p.lat, lng: p.lng } : {}),
      },
      communityIds: [...new Set((ids as string[] | undefined) ?? [])],
      ...(typeof input.campaignId === 'string' && input.campaignId ? { campaignId: input.campaignId } : {}),
      ...(description && description !== 'invalid' ? { description } : {}),
      ...(bring && bring !== 'invalid' ? { bring } : {}),
      ...(typeof fixed === 'number' ? { fixedHours: fixed } : {}),
      ...(typeof phone === 'string' && phone ? { organiserPhone: phone } : {}),
    },
  }
}

function validPoint(lat: unknown, lng: unknown): boolean {
  if (lat === undefined && lng === undefined) return true
  return typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
}

/** Rounds hours to the nearest half hour (2h14m → 2, 2h15m → 2.5). */
export function roundHalfHour(hours: number): number {
  return Math.round(hours * 2) / 2
}

/**
 * Hours an attendance earns: the activity's fixed hours if set; else check-out minus check-in,
 * capped at the activity's length, rounded to the half hour. No check-in, no hours.
 */
export function hoursFor(a: { startsAt: Date | string; endsAt: Date | string; fixedHours?: number | null }, checkInAt: Date | string | null, checkOutAt: Date | string | null): number {
  if (!checkInAt || !checkOutAt) return 0
  if (a.fixedHours) return a.fixedHours
  const length = (new Date(a.endsAt).getTime() - new Date(a.startsAt).getTime()) / 3_600_000
  const spent = (new Date(checkOutAt).getTime() - new Date(checkInAt).getTime()) / 3_600_000
  return roundHalfHour(Math.max(0, Math.min(spent, length)))
}

/** Every Saturday (YYYY-MM-DD, Asia/Shanghai) from startsOn to endsOn, both included. */
export function saturdaysBetween(startsOn: string, endsOn: string): string[] {
  const out: string[] = []
  let d = dayjs.tz(startsOn, APP_TIMEZONE)
  const end = dayjs.tz(endsOn, APP_TIMEZONE)
  while (d.day() !== 6) d = d.add(1, 'day')
  while (!d.isAfter(end, 'day')) {
    out.push(d.format('YYYY-MM-DD'))
    d = d.add(7, 'day')
  }
  return out
}

/** An instant from a street day and a time of day ('2026-05-02', '08:30'). */
export function atDayTime(day: string, time: string): string {
  return dayjs.tz(`${day} ${time}`, 'YYYY-MM-DD HH:mm', APP_TIMEZONE).toISOString()
}

export function isTimeOfDay(v: unknown): v is string {
  return typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v)
}

export function isDay(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs.tz(v, APP_TIMEZONE).isValid()
}

/** Checks a campaign: a name and a first day not after the last, at most a year long. */
export function validateCampaign(input: { name?: unknown; startsOn?: unknown; endsOn?: unknown }): string | null {
  const name = text(input.name, ACTIVITY_LIMITS.titleMax)
  if (!name) return ACTIVITY_MESSAGES.campaignName
  if (name === 'invalid') return `名称最多${ACTIVITY_LIMITS.titleMax}个字。`
  if (!isDay(input.startsOn) || !isDay(input.endsOn)) return '请选择开始和结束日期。'
  if (input.endsOn < input.startsOn) return '结束日期不能早于开始日期。'
  if (dayjs(input.endsOn).diff(dayjs(input.startsOn), 'day') > 366) return '一次召集令最长一年。'
  return null
}

/** Checks a staff adjustment: a non-zero number of half hours and a reason. */
export function validateAdjustment(hours: unknown, reason: unknown): string | null {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours === 0 || (hours * 2) % 1 !== 0) return ACTIVITY_MESSAGES.adjustHours
  if (Math.abs(hours) > ACTIVITY_LIMITS.adjustMax) return `一次最多调整${ACTIVITY_LIMITS.adjustMax}小时。`
  const r = text(reason, ACTIVITY_LIMITS.reasonMax)
  if (!r || r === 'invalid') return `请写明调整原因（最多${ACTIVITY_LIMITS.reasonMax}个字）。`
  return null
}

/** The check-in code's minute: codes change every minute. */
export function minuteOf(at: Date): number {
  return Math.floor(at.getTime() / 60_000)
}

/** Places left, never below zero. */
export function placesLeft(capacity: number, confirmed: number): number {
  return Math.max(0, capacity - confirmed)
}

/** Hours as people read them: 2, 2.5 (no trailing zeros). */
export function formatHours(h: number): string {
  return `${Number.isInteger(h) ? h : h.toFixed(1)}`
}

/** The QR payload of a check-in code; the app also accepts the code typed alone. */
export function checkInQr(activityId: string, code: string): string {
  return `tongxin:checkin:${activityId}:${code}`
}

/** The code from a scanned QR payload or what someone typed (spaces and case forgiven). */
export function codeFromScan(scanned: string, activityId: string): string | null {
  const t = scanned.trim()
  const m = /^tongxin:checkin:([A-Za-z0-9]+):([A-Za-z0-9]+)$/.exec(t)
  if (m) return m[1] === activityId ? m[2].toUpperCase() : null
  const typed = t.replace(/\s+/g, '').toUpperCase()
  return /^[A-Z0-9]{4,12}$/.test(typed) ? typed : null
}
