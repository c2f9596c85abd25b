import {
  addWorkingDays,
  canHandleProblems,
  deadlinesFor,
  formatHours,
  formatRate,
  isOverdue,
  isWorkingDay,
  photoIdsError,
  stepsDone,
  validateConfirm,
  validateProblem,
  validateReplyText,
  validateSolveDays,
  visitDayBanner,
} from '@/domain/problem'

const sh = (iso: string) => new Date(`${iso}+08:00`)

describe('working days', () => {
  it('knows Monday to Friday in Shanghai, whatever the device zone', () => {
    expect(isWorkingDay(sh('2026-11-27T23:30:00'))).toBe(true) // Friday night in Shanghai, Friday afternoon in UTC
    expect(isWorkingDay(sh('2026-11-28T00:30:00'))).toBe(false) // Saturday in Shanghai, still Friday in UTC
    expect(isWorkingDay(sh('2026-11-30T09:00:00'))).toBe(true)
  })

  it('moves to the same time on the next working day, over weekends', () => {
    expect(addWorkingDays(sh('2026-11-26T10:00:00'), 1)).toEqual(sh('2026-11-27T10:00:00'))
    expect(addWorkingDays(sh('2026-11-27T10:00:00'), 1)).toEqual(sh('2026-11-30T10:00:00'))
    expect(addWorkingDays(sh('2026-11-27T10:00:00'), 3)).toEqual(sh('2026-12-02T10:00:00'))
  })

  it('starts a weekend arrival at Monday 00:00, so it gets a whole working day', () => {
    expect(addWorkingDays(sh('2026-11-28T15:00:00'), 1)).toEqual(sh('2026-12-01T00:00:00'))
    expect(addWorkingDays(sh('2026-11-29T23:59:00'), 1)).toEqual(sh('2026-12-01T00:00:00'))
  })

  it('sets the reply deadline in working days and the solve deadline in calendar days', () => {
    const { replyDueAt, solveDueAt } = deadlinesFor(sh('2026-11-27T10:00:00'))
    expect(replyDueAt).toEqual(sh('2026-11-30T10:00:00'))
    expect(solveDueAt).toEqual(sh('2026-12-04T10:00:00'))
    expect(deadlinesFor(sh('2026-11-27T10:00:00'), 3).solveDueAt).toEqual(sh('2026-11-30T10:00:00'))
  })
})

describe('overdue', () => {
  const p = { status: 'received' as const, firstReplyAt: null, replyDueAt: sh('2026-11-30T10:00:00').toISOString(), solveDueAt: sh('2026-12-04T10:00:00').toISOString() }
  it('is open and past the reply deadline without a reply, or past the solve deadline', () => {
    expect(isOverdue(p, sh('2026-11-30T09:59:00'))).toBe(false)
    expect(isOverdue(p, sh('2026-11-30T10:01:00'))).toBe(true)
    expect(isOverdue({ ...p, status: 'answered', firstReplyAt: sh('2026-11-30T11:00:00').toISOString() }, sh('2026-12-01T10:00:00'))).toBe(false)
    expect(isOverdue({ ...p, status: 'handling', firstReplyAt: sh('2026-11-30T09:00:00').toISOString() }, sh('2026-12-04T10:01:00'))).toBe(true)
    expect(isOverdue({ ...p, status: 'solved' }, sh('2026-12-10T00:00:00'))).toBe(false)
    expect(isOverdue({ ...p, status: 'confirmed' }, sh('2026-12-10T00:00:00'))).toBe(false)
  })
})

describe('validateProblem', () => {
  const ok = { category: '设施维修', description: '  楼道灯坏了  ' }
  it('cleans a valid report', () => {
    expect(validateProblem(ok)).toEqual({ ok: true, value: { category: '设施维修', description: '楼道灯坏了', photoIds: [], showNameToHandler: false } })
    expect(validateProblem({ ...ok, location: ' 东门 ', showNameToHandler: true, photoIds: ['a1'] })).toMatchObject({ ok: true, value: { location: '东门', showNameToHandler: true, photoIds: ['a1'] } })
  })

  it.each([
    [{ category: '投诉' }, 'category', '请选择问题类别。'],
    [{ description: '' }, 'description', '请描述遇到的问题。'],
    [{ description: '字'.repeat(501) }, 'description', '问题描述最多500个字。'],
    [{ description: 'a\u0007b' }, 'description', '问题描述里有无法识别的字符。'],
    [{ location: '地'.repeat(41) }, 'location', '地点最多40个字。'],
    [{ photoIds: ['1', '2', '3', '4', '5', '6', '7'] }, 'photoIds', '照片最多6张。'],
    [{ photoIds: ['a', 'a'] }, 'photoIds', '同一张照片只能上传一次。'],
    [{ photoIds: 'a' }, 'photoIds', '照片无效，请重新选择。'],
    [{ showNameToHandler: 'yes' }, 'showNameToHandler', '是否显示姓名只能选是或否。'],
  ])('refuses a bad report (case %#)', (overrides, field, message) => {
    const v = validateProblem({ ...ok, ...overrides })
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors[field as keyof typeof v.errors]).toBe(message)
  })

  it('counts characters as people do: 500 Chinese characters or emoji are fine', () => {
    expect(validateProblem({ ...ok, description: '字'.repeat(500) }).ok).toBe(true)
    expect(validateProblem({ ...ok, description: '😀'.repeat(500) }).ok).toBe(true)
    expect(photoIdsError(['1', '2', '3', '4', '5', '6'])).toBeNull()
  })
})

describe('replies, confirmations and rules', () => {
  it('checks replies and notes', () => {
    expect(validateReplyText('  ')).toBe('请填写答复内容。')
    expect(validateReplyText('', '请写明是怎么解决的。')).toBe('请写明是怎么解决的。')
    expect(validateReplyText('好'.repeat(501))).toBe('内容最多500个字。')
    expect(validateReplyText('收到')).toBeNull()
  })

  it('needs a reason to reopen, whole stars 1..5 and a short comment', () => {
    expect(validateConfirm({ satisfied: false })).toBe('请写明还没有解决的地方，方便继续处理。')
    expect(validateConfirm({ satisfied: false, comment: '还在漏水' })).toBeNull()
    expect(validateConfirm({ satisfied: true })).toBeNull()
    expect(validateConfirm({ satisfied: true, rating: 0 })).toBe('评分应为1到5颗星。')
    expect(validateConfirm({ satisfied: true, rating: 4.5 })).toBe('评分应为1到5颗星。')
    expect(validateConfirm({ satisfied: true, rating: 5, comment: '好'.repeat(201) })).toBe('评价最多200个字。')
    expect(validateConfirm({ satisfied: 'yes' })).toBe('请选择是否满意。')
    expect(validateSolveDays(0)).toBe('办结时限应为1到60天。')
    expect(validateSolveDays(61)).toBe('办结时限应为1到60天。')
    expect(validateSolveDays(7)).toBeNull()
  })
})

describe('what people see', () => {
  it('counts the steps done per status', () => {
    expect([stepsDone('received'), stepsDone('answered'), stepsDone('handling'), stepsDone('solved'), stepsDone('confirmed')]).toEqual([1, 2, 3, 4, 4])
  })

  it('shows the visit-day banner on the 14th and 15th only (Shanghai days)', () => {
    expect(visitDayBanner(sh('2026-12-13T23:59:00'))).toBeNull()
    expect(visitDayBanner(sh('2026-12-14T00:01:00'))).toMatch(/^明天（15日）是集中走访日/)
    expect(visitDayBanner(sh('2026-12-15T18:00:00'))).toMatch(/^今天是集中走访日/)
    expect(visitDayBanner(sh('2026-12-16T00:00:00'))).toBeNull()
  })

  it('formats rates and hours', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(0.9234)).toBe('92.3%')
    expect(formatRate(1)).toBe('100%')
    expect(formatHours(3.25)).toBe('3.3小时')
    expect(formatHours(72)).toBe('3天')
    expect(formatHours(null)).toBe('—')
  })

  it('knows who handles problems', () => {
    expect(canHandleProblems(['resident'])).toBe(false)
    expect(canHandleProblems(undefined)).toBe(false)
    for (const r of ['gridLeader', 'steward', 'communityStaff', 'streetStaff']) expect(canHandleProblems(['resident', r])).toBe(true)
  })
})
