/**
 * @jest-environment node
 */
import { formatDateTime, isoDay, isoDayAfterMonths, yearOf } from '@/domain/time'

describe('calendar helpers in the street timezone', () => {
  it("gives the street's date and year, not the device's: 23:30 UTC on 31 December is already next year there", () => {
    const instant = new Date('2026-12-31T23:30:00.000Z')
    expect(isoDay(instant)).toBe('2027-01-01')
    expect(yearOf(instant)).toBe(2027)
  })

  it('ends a date picker a month ahead, clamping to the shorter month', () => {
    expect(isoDayAfterMonths(1, new Date('2026-11-26T04:00:00.000Z'))).toBe('2026-12-26')
    expect(isoDayAfterMonths(1, new Date('2027-01-31T04:00:00.000Z'))).toBe('2027-02-28')
  })

  it('shows a timestamp as a Shanghai date and time', () => {
    expect(formatDateTime('2026-11-20T01:05:00.000Z')).toBe('2026年11月20日 09:05')
  })
})
