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

/** A date as residents read it: 2026年11月26日. */
export function formatDate(iso: string): string {
  return dayjs(iso).tz(APP_TIMEZONE).format('YYYY年M月D日')
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
  return !dayjs.tz(moveInDate, APP_TIMEZONE).isBefore(cutoff, 'day')
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
