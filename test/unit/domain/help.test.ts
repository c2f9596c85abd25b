import { escalatesAt, helpEventLine, helpStatusLabel, isEscalationDue, validateEndReason, validateHelpInput, validateReply, validateResolveNote, validateStewardProfile } from '@/domain/help'

describe('validateHelpInput', () => {
  it('accepts each of the four kinds, with or without words, and cleans the text', () => {
    for (const kind of ['就医陪同', '代买代办', '维修', '其他']) expect(validateHelpInput({ kind }).ok).toBe(true)
    expect(validateHelpInput({ kind: '维修', text: '  水管漏了\r\n厨房里  ', urgent: true })).toEqual({ ok: true, value: { kind: '维修', text: '水管漏了\n厨房里', urgent: true } })
    expect(validateHelpInput({ kind: '维修', text: null })).toEqual({ ok: true, value: { kind: '维修', text: '', urgent: false } })
  })

  it('refuses an unknown kind, overlong or garbled text and a non-boolean urgent, each with its sentence', () => {
    expect(validateHelpInput({ kind: '聊天' })).toMatchObject({ ok: false, field: 'kind', first: '请选择需要哪种帮助。' })
    expect(validateHelpInput({})).toMatchObject({ ok: false, field: 'kind' })
    expect(validateHelpInput({ kind: '其他', text: '字'.repeat(501) })).toMatchObject({ ok: false, first: '说明最多500个字。' })
    expect(validateHelpInput({ kind: '其他', text: '字'.repeat(500) }).ok).toBe(true)
    // Counted as people count: an emoji is one character.
    expect(validateHelpInput({ kind: '其他', text: '😀'.repeat(500) }).ok).toBe(true)
    expect(validateHelpInput({ kind: '其他', text: 'a\u0000b' })).toMatchObject({ ok: false, first: '说明里有无法识别的字符。' })
    expect(validateHelpInput({ kind: '其他', text: 5 })).toMatchObject({ ok: false, field: 'text' })
    expect(validateHelpInput({ kind: '其他', urgent: 'yes' })).toMatchObject({ ok: false, first: '紧急只能选是或否。' })
  })
})

describe('replies, notes, reasons and the steward card', () => {
  it('needs words, within their limits', () => {
    expect(validateReply('  ')).toBe('请填写回复内容。')
    expect(validateReply('好的')).toBeNull()
    expect(validateReply('字'.repeat(501))).toBe('回复最多500个字。')
    expect(validateResolveNote('')).toBe('请写一句处理结果。')
    expect(validateResolveNote('字'.repeat(201))).toBe('处理结果最多200个字。')
    expect(validateEndReason(undefined)).toBe('请写明结束的原因。')
    expect(validateEndReason('搬家\n了')).toBe('原因里有无法识别的字符。')
    expect(validateEndReason('字'.repeat(101))).toBe('原因最多100个字。')
    expect(validateEndReason('搬家')).toBeNull()
  })

  it('takes an optional introduction of at most 200 characters and duty hours of at most 40', () => {
    expect(validateStewardProfile({})).toEqual({ ok: true, value: { intro: '', dutyHours: '' } })
    expect(validateStewardProfile({ intro: ' 有事找我 ', dutyHours: '工作日 18:00-20:00' })).toEqual({ ok: true, value: { intro: '有事找我', dutyHours: '工作日 18:00-20:00' } })
    expect(validateStewardProfile({ intro: '字'.repeat(201) })).toMatchObject({ ok: false, field: 'intro', first: '简介最多200个字。' })
    expect(validateStewardProfile({ intro: '字'.repeat(200) }).ok).toBe(true)
    expect(validateStewardProfile({ dutyHours: '字'.repeat(41) })).toMatchObject({ ok: false, field: 'dutyHours', first: '值守时间最多40个字。' })
    expect(validateStewardProfile({ dutyHours: '早\n晚' })).toMatchObject({ ok: false, field: 'dutyHours' })
    expect(validateStewardProfile({ intro: 3 })).toMatchObject({ ok: false, field: 'intro' })
  })
})

describe('escalation', () => {
  const t0 = new Date('2026-12-01T02:00:00Z')
  const plus = (m: number) => new Date(t0.getTime() + m * 60_000)

  it('is due 120 minutes after an ordinary request and 30 after an urgent one, not a moment before', () => {
    expect(escalatesAt(t0, false)).toEqual(plus(120))
    expect(escalatesAt(t0, true)).toEqual(plus(30))
    expect(isEscalationDue(t0, true, new Date(plus(30).getTime() - 1))).toBe(false)
    expect(isEscalationDue(t0, true, plus(30))).toBe(true)
    expect(isEscalationDue(t0, false, plus(119))).toBe(false)
    expect(isEscalationDue(t0, false, plus(120))).toBe(true)
  })

  it('follows configured minutes', () => {
    expect(escalatesAt(t0, false, { normal: 60, urgent: 10 })).toEqual(plus(60))
    expect(escalatesAt(t0, true, { normal: 60, urgent: 10 })).toEqual(plus(10))
  })
})

describe('labels', () => {
  it('tells the resident where their request stands', () => {
    expect(helpStatusLabel({ status: 'open', escalated: false })).toBe('等待红管家受理')
    expect(helpStatusLabel({ status: 'open', escalated: true })).toBe('已转社区处理')
    expect(helpStatusLabel({ status: 'accepted', escalated: true })).toBe('处理中')
    expect(helpStatusLabel({ status: 'resolved', escalated: false })).toBe('已解决')
    expect(helpStatusLabel({ status: 'cancelled', escalated: false })).toBe('已取消')
  })

  it('says who did each step', () => {
    expect(helpEventLine({ kind: 'accepted', actorRole: 'steward', actorName: '王红梅' })).toBe('已受理 · 楼道红管家 王红梅')
    expect(helpEventLine({ kind: 'submitted', actorRole: 'family', actorName: '李明' })).toBe('提交求助 · 家属代办 李明')
    expect(helpEventLine({ kind: 'escalated', actorRole: 'system', actorName: '' })).toBe('无人及时受理，已转社区工作人员处理')
    expect(helpEventLine({ kind: 'resolved', actorRole: 'communityStaff', actorName: '张社工' })).toBe('已解决 · 社区工作人员 张社工')
    expect(helpEventLine({ kind: 'reopened', actorRole: 'system', actorName: '' })).toBe('原受理的红管家已不再负责这栋楼，重新等待受理')
  })
})
