/**
 * Time in the street: the dayjs the features use for calendar arithmetic (set up once, in the
 * street's zone), and the everyday helpers, which live in local-time.ts without dayjs so the
 * mini-program's first screens need not carry it.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import 'dayjs/locale/zh-cn'

// Set up once: every date the app shows or reasons about is in the street's local time.
dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.locale('zh-cn')

export { dayjs }
export {
  APP_TIMEZONE,
  dayOf,
  dayStartIso,
  formatDate,
  formatDateTime,
  greeting,
  isCalendarDay,
  isRecentMoveIn,
  isSeniorAge,
  isoDay,
  isoDayAfterMonths,
  yearOf,
} from './local-time'
