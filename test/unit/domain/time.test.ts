/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { formatDate, greeting, isRecentMoveIn, isSeniorAge } from '@/domain/time'

/** The instant it is at this wall-clock time in Shanghai (UTC+8, no daylight saving). */
function shanghai(year: number, month: number, day: number, hour: number, minute = 0): string {
  return new Date(Date.UTC(year, month - 1, day, hour - 8, minute)).toISOString()
}

type Case =
  | { fn: 'greeting'; now: string; expected: string }
  | { fn: 'formatDate'; iso: string; expected: string }
  | { fn: 'isRecentMoveIn'; moveIn: string; now: string; expected: boolean }
  | { fn: 'isSeniorAge'; birthYear: number; now: string; expected: boolean }

const greetings: Case[] = [
  { fn: 'greeting', now: shanghai(2026, 11, 26, 0, 0), expected: '夜深了' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 5, 59), expected: '夜深了' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 6, 0), expected: '早上好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 10, 59), expected: '早上好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 11, 0), expected: '中午好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 12, 59), expected: '中午好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 13, 0), expected: '下午好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 17, 59), expected: '下午好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 18, 0), expected: '晚上好' },
  { fn: 'greeting', now: shanghai(2026, 11, 26, 23, 59), expected: '晚上好' },
]

const morning = shanghai(2026, 11, 26, 10)
// 07:30 in Shanghai is still the 25th in UTC and everywhere west of it.
const earlyMorning = shanghai(2026, 11, 26, 7, 30)
const moveIns: Case[] = [
  { fn: 'isRecentMoveIn', moveIn: '2023-11-26', now: morning, expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2023-11-25', now: morning, expected: false },
  { fn: 'isRecentMoveIn', moveIn: '2023-11-27', now: morning, expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2026-11-26', now: morning, expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2015-01-01', now: morning, expected: false },
  { fn: 'isRecentMoveIn', moveIn: '2023-11-26', now: earlyMorning, expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2023-11-25', now: earlyMorning, expected: false },
  // A stored timestamp counts by its day in Shanghai: 16:00Z is midnight there.
  { fn: 'isRecentMoveIn', moveIn: '2023-11-25T16:00:00.000Z', now: morning, expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2023-11-25T15:59:59.000Z', now: morning, expected: false },
  // Three years before a leap day is the 28th.
  { fn: 'isRecentMoveIn', moveIn: '2025-02-28', now: shanghai(2028, 2, 29, 12), expected: true },
  { fn: 'isRecentMoveIn', moveIn: '2025-02-27', now: shanghai(2028, 2, 29, 12), expected: false },
]

const dates: Case[] = [
  { fn: 'formatDate', iso: '2026-11-25T17:00:00.000Z', expected: '2026年11月26日' },
  { fn: 'formatDate', iso: '2026-11-26T15:59:59.000Z', expected: '2026年11月26日' },
  { fn: 'formatDate', iso: '2026-11-26T16:00:00.000Z', expected: '2026年11月27日' },
  { fn: 'formatDate', iso: '2026-11-26T08:00:00+08:00', expected: '2026年11月26日' },
  { fn: 'formatDate', iso: '2026-03-05', expected: '2026年3月5日' },
  { fn: 'formatDate', iso: '2026-11-26', expected: '2026年11月26日' },
]

const seniors: Case[] = [
  { fn: 'isSeniorAge', birthYear: 1966, now: shanghai(2026, 6, 1, 12), expected: true },
  { fn: 'isSeniorAge', birthYear: 1940, now: shanghai(2026, 6, 1, 12), expected: true },
  { fn: 'isSeniorAge', birthYear: 1967, now: shanghai(2026, 6, 1, 12), expected: false },
  // The age counted is the one reached in Shanghai's calendar year.
  { fn: 'isSeniorAge', birthYear: 1966, now: shanghai(2026, 1, 1, 1), expected: true },
  { fn: 'isSeniorAge', birthYear: 1966, now: shanghai(2025, 12, 31, 23), expected: false },
]

function run(c: Case): string | boolean {
  switch (c.fn) {
    case 'greeting':
      return greeting(new Date(c.now))
    case 'formatDate':
      return formatDate(c.iso)
    case 'isRecentMoveIn':
      return isRecentMoveIn(c.moveIn, new Date(c.now))
    case 'isSeniorAge':
      return isSeniorAge(c.birthYear, new Date(c.now))
  }
}

const label = (c: Case) => `${c.fn}(${Object.entries(c).filter(([k]) => k !== 'fn' && k !== 'expected').map(([, v]) => String(v)).join(', ')}) is ${String(c.expected)}`

describe('greeting', () => {
  it.each(greetings.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    expect(run(c)).toBe(c.expected)
  })
})

describe('isRecentMoveIn', () => {
  it.each(moveIns.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    expect(run(c)).toBe(c.expected)
  })

  it.each([null, undefined, ''])('is false without a date (%p)', (value) => {
    expect(isRecentMoveIn(value, new Date(morning))).toBe(false)
  })
})

describe('formatDate', () => {
  it.each(dates.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    expect(run(c)).toBe(c.expected)
  })
})

describe('isSeniorAge', () => {
  it.each(seniors.map((c) => [label(c), c] as const))('%s', (_name, c) => {
    expect(run(c)).toBe(c.expected)
  })

  it.each([null, undefined, 0])('is false without a birth year (%p)', (value) => {
    expect(isSeniorAge(value, new Date(morning))).toBe(false)
  })
})

// Jest cannot change the time zone of a running worker (its process.env is a copy), so the
// same cases run in child processes whose TZ is set: a phone's zone must not shift the answer.
describe('on a device in another time zone', () => {
  const all = [...greetings, ...moveIns, ...dates, ...seniors]
  const root = path.resolve(__dirname, '../../..')
  const probe = `
    const m = await import(${JSON.stringify(path.join(root, 'src/domain/time.ts'))})
    const t = m.greeting ? m : m.default
    const out = JSON.parse(process.env.TIME_CASES).map((c) =>
      c.fn === 'greeting' ? t.greeting(new Date(c.now))
      : c.fn === 'formatDate' ? t.formatDate(c.iso)
      : c.fn === 'isRecentMoveIn' ? t.isRecentMoveIn(c.moveIn, new Date(c.now))
      : t.isSeniorAge(c.birthYear, new Date(c.now)))
    console.log(JSON.stringify(out))
  `

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'])('gives the same answers with TZ=%s', (tz) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      cwd: root,
      env: { ...process.env, TZ: tz, TIME_CASES: JSON.stringify(all) },
      encoding: 'utf8',
    })
    expect(child.stderr).toBe('')
    const results: unknown = JSON.parse(child.stdout)
    expect(results).toEqual(all.map((c) => c.expected))
  }, 30_000)
})
