import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import 'dayjs/locale/zh-cn'
import { SENIOR_AGE, NEW_RESIDENT_YEARS } from './roles'

// Set up once: every date the app shows or reasons about is in the street's local time.
dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.locale('zh-cn')
export const APP_TIMEZONE = 'Asia/Shanghai'

export { dayjs }

// A calendar date ('2026-11-26', as moveInDate is stored) is that day in the street, not the
// device's midnight, which is another day east of Shanghai; a timestamp is an instant.
// dayjs.tz() would read a timestamp's wall clock as Shanghai time and drop its offset.
function inAppZone(iso: string): dayjs.Dayjs {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayjs.tz(iso, APP_TIMEZONE) : dayjs(iso).tz(APP_TIMEZONE)
}

/** A date as residents read it: 2026年11月26日. */
export function formatDate(iso: string): string {
  return inAppZone(iso).format('YYYY年M月D日')
}

/**
 * Whether someone born in birthYear counts as a senior now. Only the year is kept (PIPL:
 * the minimum), so the age is the one they reach this calendar year.
 */
export function isSeniorAge(birthYear: number | null | undefined, now: Date = new Date()): boolean {
  if (!birthYear) return false
  return dayjs(now).tz(APP_TIMEZONE).year() - birthYear >= SENIOR_AGE
}

/** Moved in within the last NEW_RESIDENT_YEARS years. */
export function isRecentMoveIn(moveInDate: string | null | undefined, now: Date = new Date()): boolean {
  if (!moveInDate) return false
  const cutoff = dayjs(now).tz(APP_TIMEZONE).subtract(NEW_RESIDENT_YEARS, 'year')
  return !inAppZone(moveInDate).isBefore(cutoff, 'day')
}

/** A greeting for the time of day, in Chinese. */
export function greeting(now: Date = new Date()): string {
  const h = dayjs(now).tz(APP_TIMEZONE).hour()
  if (h < 6) return '夜深了'
  if (h < 11) return '早上好'
  if (h < 13) return '中午好'
  if (h < 18) return '下午好'
  return '晚上好'
}

/** A date and time as residents read it: 2026年11月26日 14:05. */
export function formatDateTime(iso: string): string {
  return inAppZone(iso).format('YYYY年M月D日 HH:mm')
}

/** Today in the street, as a calendar date (YYYY-MM-DD). */
export function isoDay(now: Date = new Date()): string {
  return dayjs(now).tz(APP_TIMEZONE).format('YYYY-MM-DD')
}

/** The calendar date some months from today in the street (YYYY-MM-DD): the end of a date picker. */
export function isoDayAfterMonths(months: number, now: Date = new Date()): string {
  return dayjs(now).tz(APP_TIMEZONE).add(months, 'month').format('YYYY-MM-DD')
}

/** The current year in the street. */
export function yearOf(now: Date = new Date()): number {
  return dayjs(now).tz(APP_TIMEZONE).year()
}

/** The start of a calendar day (YYYY-MM-DD) in the street, as an ISO instant. */
export function dayStartIso(day: string): string {
  return dayjs.tz(day, APP_TIMEZONE).toISOString()
}

/** The calendar day (YYYY-MM-DD) in the street of an ISO instant. */
export function dayOf(iso: string): string {
  return dayjs(iso).tz(APP_TIMEZONE).format('YYYY-MM-DD')
}
