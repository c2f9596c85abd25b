/**
 * @jest-environment node
 */
import { fenProblem, formatYuan, formatYuanText, isFen, parseYuan, shortYuan, yuanInput } from '@/domain/money'

describe('money in fen', () => {
  it('formats fen as yuan with two decimals and thousands separated', () => {
    expect(formatYuan(0)).toBe('0.00')
    expect(formatYuan(5)).toBe('0.05')
    expect(formatYuan(620_050)).toBe('6,200.50')
    expect(formatYuan(30_000_000)).toBe('300,000.00')
    expect(formatYuanText(3_000_000)).toBe('30,000.00元')
    expect(shortYuan(30_000_000)).toBe('30万元')
    expect(shortYuan(2_850_000)).toBe('2.85万元')
    expect(shortYuan(120_000)).toBe('1,200.00元')
  })

  it('reads what people type without floating point', () => {
    expect(parseYuan('0.1')).toEqual({ ok: true, fen: 10 })
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 })
    expect(parseYuan('1,200.5')).toEqual({ ok: true, fen: 120_050 })
    expect(parseYuan('￥88.00')).toEqual({ ok: true, fen: 8800 })
    expect(parseYuan(' 3000 元')).toEqual({ ok: true, fen: 300_000 })
  })

  it.each([
    ['', '请填写金额。'],
    ['-5', '金额不能是负数。'],
    ['1.234', '金额最多精确到分（两位小数）。'],
    ['abc', '金额必须是数字。'],
    ['1e3', '金额必须是数字。'],
    ['1.2.3', '金额必须是数字。'],
    ['9999999999', '金额太大了，请核对。'],
  ])('refuses %p', (text, error) => {
    expect(parseYuan(text)).toEqual({ ok: false, error })
  })

  it('says what is wrong with a stored amount', () => {
    expect(fenProblem(100)).toBeNull()
    expect(fenProblem(-1, '总额')).toBe('总额不能是负数。')
    expect(fenProblem(1.5)).toBe('金额最多精确到分（两位小数）。')
    expect(fenProblem('100')).toBe('金额必须是数字。')
    expect(fenProblem(NaN)).toBe('金额必须是数字。')
    expect(isFen(0)).toBe(true)
    expect(isFen(0.5)).toBe(false)
  })

  it('gives back what was typed when editing', () => {
    expect(yuanInput(120_050)).toBe('1200.5')
    expect(yuanInput(120_000)).toBe('1200')
    expect(yuanInput(5)).toBe('0.05')
    expect(parseYuan(yuanInput(123_456))).toEqual({ ok: true, fen: 123_456 })
  })
})
