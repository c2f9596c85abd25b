/**
 * Money as the app keeps it: integer fen (1 yuan = 100 fen), never floating point. Shown as
 * yuan with two decimals. Pure: shared by the app and cloud code.
 */

/** The largest amount anything may hold: 100 million yuan, well inside exact integers. */
export const MAX_FEN = 10_000_000_000

/** True for a whole number of fen from 0 to MAX_FEN (what every stored amount must be). */
export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FEN
}

/** Why an amount is not a valid fen amount, in words, or null when it is. */
export function fenProblem(value: unknown, what = '金额'): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${what}必须是数字。`
  if (value < 0) return `${what}不能是负数。`
  if (!Number.isInteger(value)) return `${what}最多精确到分（两位小数）。`
  if (value > MAX_FEN) return `${what}太大了，请核对。`
  return null
}

/** 1234567 → "12,345.67" (yuan, two decimals, thousands separated). */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`
}

/** 1234567 → "12,345.67元". */
export function formatYuanText(fen: number): string {
  return `${formatYuan(fen)}元`
}

/** 3000000000 → "3000万元"-style short figure for charts: 30万元, 2.85万元, 1,200.00元. */
export function shortYuan(fen: number): string {
  if (fen >= 1_000_000) {
    const wan = fen / 1_000_000
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/0+$/, '')}万元`
  }
  return formatYuanText(fen)
}

export type ParsedYuan = { ok: true; fen: number } | { ok: false; error: string }

/**
 * What a person typed in yuan ("1200", "1,200.5", "￥88.00") as fen, by string arithmetic so
 * 0.1 + 0.2 never happens. Refuses negatives, a third decimal and anything not a number.
 */
export function parseYuan(text: string, what = '金额'): ParsedYuan {
  const t = text.replace(/[,，\s]/g, '').replace(/^[¥￥]/, '').replace(/元$/, '')
  if (!t) return { ok: false, error: `请填写${what}。` }
  if (t.startsWith('-')) return { ok: false, error: `${what}不能是负数。` }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(t)
  if (!m) return { ok: false, error: `${what}必须是数字。` }
  const decimals = m[2] ?? ''
  if (decimals.length > 2) return { ok: false, error: `${what}最多精确到分（两位小数）。` }
  if (m[1].length > 9) return { ok: false, error: `${what}太大了，请核对。` }
  const fen = Number(m[1]) * 100 + Number(decimals.padEnd(2, '0'))
  if (fen > MAX_FEN) return { ok: false, error: `${what}太大了，请核对。` }
  return { ok: true, fen }
}

/** Fen as the yuan text a form field shows when editing: 120050 → "1200.5", 120000 → "1200". */
export function yuanInput(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  if (!cents) return String(yuan)
  return `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`
}
