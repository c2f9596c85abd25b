/**
 * @jest-environment node
 */
import { atDayTime, codeFromScan, checkInQr, hoursFor, placesLeft, roundHalfHour, saturdaysBetween, validateActivity, validateAdjustment, validateCampaign } from '@/domain/activity'

const NOW = new Date('2026-11-26T02:00:00Z')
const valid = () => ({
  title: '清洁家园大扫除',
  theme: '清洁家园',
  startsAt: '2026-11-28T00:30:00Z',
  endsAt: '2026-11-28T03:00:00Z',
  signupDeadline: '2026-11-27T12:00:00Z',
  place: { text: '党群服务中心门口' },
  capacity: 20,
})

describe('validateActivity', () => {
  it('accepts a valid activity and cleans it', () => {
    const v = validateActivity({ ...valid(), title: '  清洁家园大扫除 ', communityIds: ['a', 'a'] }, NOW)
    expect(v.ok && v.value).toMatchObject({ title: '清洁家园大扫除', communityIds: ['a'], capacity: 20 })
  })

  it.each([
    [{ capacity: 0 }, 'capacity', '招募人数必须是大于0的整数。'],
    [{ capacity: -1 }, 'capacity', '招募人数必须是大于0的整数。'],
    [{ capacity: 1.5 }, 'capacity', '招募人数必须是大于0的整数。'],
    [{ capacity: 5001 }, 'capacity', '招募人数最多5000人。'],
    [{ endsAt: '2026-11-28T00:00:00Z' }, 'endsAt', '结束时间必须晚于开始时间。'],
    [{ endsAt: '2026-11-29T03:00:00Z' }, 'endsAt', '一次活动最长24小时。'],
    [{ startsAt: '2026-11-25T00:30:00Z', signupDeadline: '2026-11-24T00:00:00Z' }, 'startsAt', '开始时间已过，请选择以后的时间。'],
    [{ signupDeadline: '2026-11-28T01:00:00Z' }, 'signupDeadline', '报名截止时间不能晚于活动开始时间。'],
    [{ signupDeadline: '2026-11-26T01:00:00Z' }, 'signupDeadline', '报名截止时间已过，请重新选择。'],
    [{ theme: '唱歌' }, 'theme', '请选择活动主题。'],
    [{ title: '' }, 'title', '请填写活动名称。'],
    [{ title: '一\n二' }, 'title', '活动名称最多40个字，不能换行。'],
    [{ place: { text: ' ' } }, 'place', '请填写集合地点。'],
    [{ place: { text: '广场', lat: 200, lng: 0 } }, 'place', '地图位置不对，请重新选择。'],
    [{ fixedHours: 0.3 }, 'fixedHours', '固定时长应为0.5到24之间、以半小时计的数。'],
    [{ organiserPhone: '123' }, 'organiserPhone', '组织者手机号应为11位数字。'],
    [{ communityIds: ['../x'] }, 'communityIds', '面向的社区不对，请重新选择。'],
  ])('refuses %j', (override, field, message) => {
    const v = validateActivity({ ...valid(), ...override }, NOW)
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors[field as keyof typeof v.errors]).toBe(message)
  })
})

describe('hours', () => {
  const a = { startsAt: '2026-11-28T00:30:00Z', endsAt: '2026-11-28T03:30:00Z' }
  it('is check-out minus check-in, rounded to the nearest half hour', () => {
    expect(hoursFor(a, '2026-11-28T00:30:00Z', '2026-11-28T02:44:00Z')).toBe(2) // 2 h 14
    expect(hoursFor(a, '2026-11-28T00:30:00Z', '2026-11-28T02:45:00Z')).toBe(2.5) // 2 h 15
  })
  it('is capped at the activity’s length', () => {
    expect(hoursFor(a, '2026-11-28T00:00:00Z', '2026-11-28T05:00:00Z')).toBe(3)
  })
  it('is the fixed hours when the activity sets them, and nothing without both times', () => {
    expect(hoursFor({ ...a, fixedHours: 1.5 }, '2026-11-28T00:30:00Z', '2026-11-28T00:31:00Z')).toBe(1.5)
    expect(hoursFor(a, null, '2026-11-28T02:00:00Z')).toBe(0)
    expect(hoursFor(a, '2026-11-28T02:00:00Z', '2026-11-28T01:00:00Z')).toBe(0)
  })
  it('rounds halves', () => {
    expect([0.24, 0.25, 0.74, 0.75].map(roundHalfHour)).toEqual([0, 0.5, 0.5, 1])
  })
})

describe('Saturdays and days', () => {
  it('lists every Saturday of the 2026 summer campaign in Shanghai', () => {
    const days = saturdaysBetween('2026-05-01', '2026-08-31')
    expect(days[0]).toBe('2026-05-02')
    expect(days[days.length - 1]).toBe('2026-08-29')
    expect(days).toHaveLength(18)
  })
  it('includes both ends and reads times in Shanghai', () => {
    expect(saturdaysBetween('2026-05-02', '2026-05-09')).toEqual(['2026-05-02', '2026-05-09'])
    expect(atDayTime('2026-05-02', '08:30')).toBe('2026-05-02T00:30:00.000Z')
  })
  it('checks campaigns and adjustments', () => {
    expect(validateCampaign({ name: '召集令', startsOn: '2026-05-01', endsOn: '2026-04-01' })).toBe('结束日期不能早于开始日期。')
    expect(validateCampaign({ name: '召集令', startsOn: '2026-05-01', endsOn: '2026-08-31' })).toBeNull()
    expect(validateAdjustment(0, '原因')).toBe('调整时长应为非零、以半小时计的数。')
    expect(validateAdjustment(1.2, '原因')).toBe('调整时长应为非零、以半小时计的数。')
    expect(validateAdjustment(-2, '')).toMatch(/请写明调整原因/)
    expect(validateAdjustment(-2, '重复记录')).toBeNull()
  })
})

describe('codes and places', () => {
  it('reads a scanned QR payload for this activity, or a typed code', () => {
    expect(codeFromScan(checkInQr('act1', 'ABCD2345'), 'act1')).toBe('ABCD2345')
    expect(codeFromScan(checkInQr('other', 'ABCD2345'), 'act1')).toBeNull()
    expect(codeFromScan(' abcd 2345 ', 'act1')).toBe('ABCD2345')
    expect(codeFromScan('??', 'act1')).toBeNull()
  })
  it('never shows fewer than zero places', () => {
    expect(placesLeft(5, 7)).toBe(0)
    expect(placesLeft(5, 2)).toBe(3)
  })
})
