/**
 * Dates and times as the street reads them, without dayjs.
 *
 * The street's zone, China Standard Time, is UTC+8 all year (no daylight saving since 1991),
 * so its wall clock is the instant shifted by eight hours, read with the UTC getters: the
 * device's own zone never enters. The first screens of the mini-program need only these; dayjs
 * with its zone plugins (13 KB) stays with the features that do calendar arithmetic (time.ts).
 */
import { NEW_RESIDENT_YEARS, SENIOR_AGE } from './roles'

export const APP_TIMEZONE = 'Asia/Shanghai'
const OFFSET_MS = 8 * 3600 * 1000
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

interface Wall {
  y: number
  /** 1-12 */
  m: number
  d: number
  h: number
  min: number
}

/** The street's wall clock at an instant. */
function wall(at: Date): Wall {
  const t = new Date(at.getTime() + OFFSET_MS)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), min: t.getUTCMinutes() }
}

/**
 * A calendar date ('2026-11-26', as moveInDate is stored) is that day in the street, not the
 * device's midnight; a timestamp is an instant, read on the street's clock. Null when invalid.
 */
function inAppZone(iso: string): Wall | null {
  const day = CALENDAR_DAY.exec(iso)
  // Out-of-range fields roll over (2026-02-29 is 1 March), as dayjs and Date read them.
  if (day) return wall(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) - OFFSET_MS))
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? null : wall(at)
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayString = (w: Wall) => `${String(w.y).padStart(4, '0')}-${pad(w.m)}-${pad(w.d)}`
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** The same day some months (or years, as 12 months) later or earlier; the 31st becomes the month's last day. */
function addMonths(w: Wall, months: number): Wall {
  const index = w.y * 12 + (w.m - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return { ...w, y, m, d: Math.min(w.d, daysInMonth(y, m)) }
}

/** Whether text is a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const day = CALENDAR_DAY.exec(text)
  if (!day) return false
  const y = Number(day[1])
  const m = Number(day[2])
  const d = Number(day[3])
  // Years before 100 are not dates anyone moves in on (and Date.UTC would read them as 19xx).
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** A date as residents read it: 2026年11月26日. */
export function formatDate(iso: string): string {
  const w = inAppZone(iso)
  return w ? `${w.y}年${w.m}月${w.d}日` : 'Invalid Date'
}

/** A date and time as residents read it: 2026年11月26日 14:05. */
export function formatDateTime(iso: string): string {
  const w = inAppZone(iso)
  return w ? `${w.y}年${w.m}月${w.d}日 ${pad(w.h)}:${pad(w.min)}` : 'Invalid Date'
}

/**
 * Whether someone born in birthYear counts as a senior now. Only the year is kept (PIPL:
 * the minimum), so the age is the one they reach this calendar year.
 */
export function isSeniorAge(birthYear: number | null | undefined, now: Date = new Date()): boolean {
  if (!birthYear) return false
  return yearOf(now) - birthYear >= SENIOR_AGE
}

/** Moved in within the last NEW_RESIDENT_YEARS years (counted in whole days in the street). */
export function isRecentMoveIn(moveInDate: string | null | undefined, now: Date = new Date()): boolean {
  if (!moveInDate) return false
  const moveIn = inAppZone(moveInDate)
  // An unreadable date is not before anything: it counts as recent, as it always did.
  if (!moveIn) return true
  return dayString(moveIn) >= dayString(addMonths(wall(now), -12 * NEW_RESIDENT_YEARS))
}

/** A greeting for the time of day, in Chinese. */
export function greeting(now: Date = new Date()): string {
  const h = wall(now).h
  if (h < 6) return '夜深了'
  if (h < 11) return '早上好'
  if (h < 13) return '中午好'
  if (h < 18) return '下午好'
  return '晚上好'
}

/** Today in the street, as a calendar date (YYYY-MM-DD). */
export function isoDay(now: Date = new Date()): string {
  return dayString(wall(now))
}

/** The calendar date some months from today in the street (YYYY-MM-DD): the end of a date picker. */
export function isoDayAfterMonths(months: number, now: Date = new Date()): string {
  return dayString(addMonths(wall(now), months))
}

/** The current year in the street. */
export function yearOf(now: Date = new Date()): number {
  return wall(now).y
}

/** The start of a calendar day (YYYY-MM-DD) in the street, as an ISO instant. */
export function dayStartIso(day: string): string {
  const w = inAppZone(day)
  if (!w) throw new RangeError('Invalid time value')
  return new Date(Date.UTC(w.y, w.m - 1, w.d) - OFFSET_MS).toISOString()
}

/** The calendar day (YYYY-MM-DD) in the street of an ISO instant. */
export function dayOf(iso: string): string {
  const w = inAppZone(iso)
  return w ? dayString(w) : 'Invalid Date'
}
