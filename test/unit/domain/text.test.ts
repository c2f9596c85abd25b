import fc from 'fast-check'
import { charCount, checkText, hasForbiddenChars, isCleanText, isForbiddenCodePoint, textMessage } from '@/domain/text'
import { validateRegistration } from '@/domain/registration'
import { validateHelpInput, validateStewardProfile } from '@/domain/help'
import { validateNotice } from '@/domain/notice'
import { validateProblem } from '@/domain/problem'
import { validateApplication, validateProgressText } from '@/domain/welfare'
import { validateActivity } from '@/domain/activity'

const BIDI = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]
const str = (cp: number) => String.fromCodePoint(cp)

/** One character no field accepts: controls (not LF), bidi, zero-width, private use, noncharacters. */
const forbiddenChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x0a).map(str),
  fc.integer({ min: 0x7f, max: 0x9f }).map(str),
  fc.constantFrom(...BIDI, ...ZERO_WIDTH, 0x2028, 0x2029).map(str),
  fc.integer({ min: 0xe000, max: 0xf8ff }).map(str),
  fc.integer({ min: 0xf0000, max: 0x10fffd }).map(str),
  fc.integer({ min: 0xfdd0, max: 0xfdef }).map(str),
  fc.integer({ min: 0, max: 16 }).chain((plane) => fc.constantFrom(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff)).map(str),
  // A lone half of a surrogate pair.
  fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
)
/** Ordinary text: Chinese, letters, digits, punctuation and a few emoji, short enough for every field. */
const plain = fc.string({ unit: fc.constantFrom(...Array.from('王伟社区楼栋水管漏了abcXYZ019，。！？-()😀 ')), maxLength: 10 })
// Flanked by Chinese: a joiner between two emoji is the one allowed use of U+200D (tested below).
const withForbidden = fc.tuple(plain, forbiddenChar, plain).map(([a, bad, b]) => `王${a}王${bad}伟${b}伟`)

describe('the one rule for text', () => {
  it('refuses every string that holds a forbidden character, in one-line and multi-line fields alike', () => {
    fc.assert(
      fc.property(withForbidden, (s) => {
        expect(hasForbiddenChars(s)).toBe(true)
        expect(hasForbiddenChars(s, { multiline: true })).toBe(true)
        expect(isCleanText(s, 100)).toBe(false)
        expect(isCleanText(s, 100, { multiline: true })).toBe(false)
        expect(checkText(s, { max: 100 })).toEqual({ ok: false, problem: 'chars' })
      }),
    )
  })

  it('refuses the same strings in every feature that takes text, so no form can let one through', () => {
    const now = new Date('2026-07-01T02:00:00Z')
    fc.assert(
      fc.property(withForbidden, (s) => {
        expect(validateRegistration({ name: s }, { now })).toMatchObject({ ok: false, errors: { name: '姓名里有无法识别的字符。' } })
        expect(validateHelpInput({ kind: '其他', text: s })).toMatchObject({ ok: false, field: 'text' })
        expect(validateStewardProfile({ intro: s })).toMatchObject({ ok: false, field: 'intro' })
        expect(validateNotice({ title: s })).toMatchObject({ ok: false, errors: { title: '标题里有无法识别的字符。' } })
        expect(validateNotice({ body: s })).toMatchObject({ ok: false, errors: { body: '正文里有无法识别的字符。' } })
        expect(validateProblem({ description: s })).toMatchObject({ ok: false, errors: { description: '问题描述里有无法识别的字符。' } })
        expect(validateApplication({ projectName: s }, { complete: false })).toMatchObject({ ok: false, errors: { projectName: '项目名称里有无法识别的字符。' } })
        expect(validateProgressText(s)).toBe('进展内容里有无法识别的字符。')
        expect(validateActivity({ title: s }, now)).toMatchObject({ ok: false, errors: { title: expect.any(String) } })
      }),
    )
  })

  it('accepts a joiner only inside an emoji sequence, as phones write a family or a doctor', () => {
    for (const ok of ['我们一家👨‍👩‍👧来报名', '👩‍⚕️医生', '👍🏻‍👍', '🏳️‍🌈']) expect(hasForbiddenChars(ok)).toBe(false)
    for (const bad of ['王\u200d伟', '\u200d👍', '👍\u200d', '👍\u200d王', 'a\u200d👍', '👍\u200d\u200d👍']) expect(hasForbiddenChars(bad)).toBe(true)
  })

  it('accepts ordinary text and keeps it, trimmed', () => {
    fc.assert(
      fc.property(plain, (s) => {
        const r = checkText(`  王${s}伟 `, { max: 100 })
        expect(r).toEqual({ ok: true, value: `王${s}伟`.trim() })
      }),
    )
    expect(checkText('水管漏了\r\n厨房里', { max: 10, multiline: true })).toEqual({ ok: true, value: '水管漏了\n厨房里' })
    expect(checkText('王伟😀', { max: 3 })).toEqual({ ok: true, value: '王伟😀' })
  })

  it('names the exact characters of the brief, and lets line breaks only into multi-line fields', () => {
    for (const cp of [...BIDI, ...ZERO_WIDTH, 0x00, 0x09, 0x0d, 0x1b, 0x7f, 0x85, 0x9f, 0xe000, 0xfffe, 0x10ffff]) expect(isForbiddenCodePoint(cp, true)).toBe(true)
    for (const cp of [0x20, 0x41, 0x4e00, 0x3002, 0xff0c, 0x1f600, 0xfe0f, 0xa0]) expect(isForbiddenCodePoint(cp, false)).toBe(false)
    expect(isForbiddenCodePoint(0x0a, false)).toBe(true)
    expect(isForbiddenCodePoint(0x0a, true)).toBe(false)
    expect(hasForbiddenChars('王\n伟')).toBe(true)
    expect(hasForbiddenChars('王\r\n伟', { multiline: true })).toBe(false)
    expect(hasForbiddenChars('王\r伟', { multiline: true })).toBe(true)
    // A trailing zero-width space is refused, not trimmed away unseen.
    expect(checkText('王伟\ufeff', { max: 10 })).toEqual({ ok: false, problem: 'chars' })
  })

  it('counts characters as people do, and says in Chinese what is wrong', () => {
    expect(charCount('😀😀')).toBe(2)
    expect(charCount('王伟')).toBe(2)
    const rule = { max: 2, min: 2, required: true }
    expect(checkText('王伟😀', rule)).toEqual({ ok: false, problem: 'long' })
    expect(checkText('王', rule)).toEqual({ ok: false, problem: 'short' })
    expect(checkText('   ', rule)).toEqual({ ok: false, problem: 'missing' })
    expect(checkText(undefined, { max: 2 })).toEqual({ ok: true, value: '' })
    expect(checkText(5, rule)).toEqual({ ok: false, problem: 'type' })
    expect(textMessage('姓名', 'long', rule)).toBe('姓名最多2个字。')
    expect(textMessage('姓名', 'short', rule)).toBe('姓名至少2个字。')
    expect(textMessage('姓名', 'chars', rule)).toBe('姓名里有无法识别的字符。')
    expect(textMessage('姓名', 'missing', rule)).toBe('请填写姓名。')
  })
})
