/**
 * The seeded history of problems (issue #7): shaped like the street's record (every problem of the
 * past answered, over 90% of those older than a week solved, visit-day ones on the 15th), over the
 * last six months, with open problems of the demo resident waiting for the demo grid leader.
 * Generated in memory: no server needed.
 */
import { generate } from '@server/seed/generate'
import { APP_TIMEZONE, dayjs } from '@/domain/time'

const today = new Date('2026-11-26T04:00:00Z')
const DAY = 86_400_000

describe('seeded problems', () => {
  const data = generate('demo', 20260701, today)
  const problems = data.rows.Problem
  const events = data.rows.ProblemEvent

  it('spreads a small demo history over the last six months, visit-day ones on the 15th', () => {
    expect(problems.length).toBeGreaterThan(100)
    expect(problems.length).toBeLessThan(300)
    const months = new Set(problems.map((p) => dayjs(p.reportedAt as Date).tz(APP_TIMEZONE).format('YYYY-MM')))
    expect(months.size).toBeGreaterThanOrEqual(6)
    for (const p of problems) expect((p.reportedAt as Date).getTime()).toBeLessThan(today.getTime())
    const visits = problems.filter((p) => p.source === 'visit')
    expect(visits.length).toBeGreaterThan(20)
    for (const v of visits) expect(dayjs(v.reportedAt as Date).tz(APP_TIMEZONE).date()).toBe(15)
  })

  it('answered everything older than a day and solved over 90% of those older than a week', () => {
    const old = problems.filter((p) => (p.reportedAt as Date).getTime() < today.getTime() - 8 * DAY)
    expect(old.every((p) => p.firstReplyAt)).toBe(true)
    const solved = old.filter((p) => p.status === 'solved' || p.status === 'confirmed')
    expect(solved.length / old.length).toBeGreaterThan(0.9)
    // Times are consistent: reply after report, solution after reply, each step on the timeline.
    for (const p of problems) {
      if (p.firstReplyAt) expect((p.firstReplyAt as Date) >= (p.reportedAt as Date)).toBe(true)
      if (p.solvedAt) expect((p.solvedAt as Date) >= (p.firstReplyAt as Date)).toBe(true)
      expect(events.some((e) => e.problem === p.objectId && (e.kind === 'reported' || e.kind === 'recorded'))).toBe(true)
    }
  })

  it('leaves the demo resident three open problems in 1幢 for the demo grid leader', () => {
    const resident = data.rows.Resident.find((r) => r.phone === '13900000001')!
    const leader = data.rows.Resident.find((r) => r.phone === '13900000006')!
    const mine = problems.filter((p) => p.reporter === resident.user && p.building === resident.building)
    expect(mine.map((p) => p.status).sort()).toEqual(['answered', 'received', 'solved'])
    for (const p of mine) expect(p.handler).toBe(leader.user)
  })

  it('routes every problem to the leader of its building’s micro-grid', () => {
    const mgOf = new Map(data.rows.Building.map((b) => [b.objectId, b.microGrid as string]))
    const leaderOf = new Map(data.rows.MicroGrid.map((m) => [m.objectId, m.leader as string | null]))
    for (const p of problems) expect(p.handler).toBe(leaderOf.get(mgOf.get(p.building as string)!))
  })
})
