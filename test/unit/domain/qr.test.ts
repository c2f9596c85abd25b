/**
 * @jest-environment node
 */
import { checkInQr, codeFromScan } from '@/domain/activity'
import { QR_QUIET_ZONE, qrCellPx, qrMatrix, utf8, withQuietZone, type QrMatrix } from '@/domain/qr'

/**
 * A small reader for the symbols the check-in screen shows (versions 1–3, one Reed–Solomon
 * block, error correction M): it reads the format information, removes the mask, walks the
 * modules in the standard zig-zag order and decodes numeric, alphanumeric and byte segments.
 * It does no error correction, so any wrong module in the data area changes the result.
 */
const MASKS: Array<(i: number, j: number) => boolean> = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
]
const DATA_CODEWORDS_M = [0, 16, 28, 44]
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

function formatInfo(m: QrMatrix): { ec: number; mask: number } {
  const at = (r: number, c: number) => (m.rows[r][c] ? 1 : 0)
  const cells: Array<[number, number]> = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ]
  let bits = 0
  for (const [r, c] of cells) bits = (bits << 1) | at(r, c)
  bits ^= 0b101010000010010
  return { ec: bits >> 13, mask: (bits >> 10) & 0b111 }
}

function isFunction(size: number, version: number, r: number, c: number): boolean {
  if (r <= 8 && c <= 8) return true
  if (r <= 8 && c >= size - 8) return true
  if (r >= size - 8 && c <= 8) return true
  if (r === 6 || c === 6) return true
  if (version >= 2 && Math.abs(r - (size - 7)) <= 2 && Math.abs(c - (size - 7)) <= 2) return true
  return false
}

function decode(m: QrMatrix): string {
  const { size, version } = m
  expect(version).toBeLessThanOrEqual(3)
  const { ec, mask } = formatInfo(m)
  expect(ec).toBe(0b00) // M
  const bits: number[] = []
  let upward = true
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5
    for (let k = 0; k < size; k++) {
      const r = upward ? size - 1 - k : k
      for (const c of [right, right - 1]) {
        if (isFunction(size, version, r, c)) continue
        bits.push((m.rows[r][c] ? 1 : 0) ^ (MASKS[mask](r, c) ? 1 : 0))
      }
    }
    upward = !upward
  }
  const data = bits.slice(0, DATA_CODEWORDS_M[version] * 8)
  let p = 0
  const take = (n: number) => {
    let v = 0
    for (let i = 0; i < n; i++) v = (v << 1) | data[p++]
    return v
  }
  let out = ''
  while (p + 4 <= data.length) {
    const mode = take(4)
    if (mode === 0) break
    if (mode === 0b0100) {
      const n = take(8)
      const bytes: number[] = []
      for (let i = 0; i < n; i++) bytes.push(take(8))
      out += Buffer.from(bytes).toString('utf8')
    } else if (mode === 0b0010) {
      let n = take(9)
      for (; n >= 2; n -= 2) {
        const v = take(11)
        out += ALNUM[Math.floor(v / 45)] + ALNUM[v % 45]
      }
      if (n === 1) out += ALNUM[take(6)]
    } else if (mode === 0b0001) {
      let n = take(10)
      for (; n >= 3; n -= 3) out += String(take(10)).padStart(3, '0')
      if (n === 2) out += String(take(7)).padStart(2, '0')
      if (n === 1) out += String(take(4))
    } else {
      throw new Error(`unexpected mode ${mode}`)
    }
  }
  return out
}

function hasFinderAt(grid: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3))
      const dark = ring !== 2 // 7×7 dark border, light ring, 3×3 dark centre
      if (grid[top + r][left + c] !== dark) return false
    }
  }
  return true
}

describe('check-in QR code', () => {
  const payload = checkInQr('Xk3pQ9aBcD', 'ABCD2345')

  it('encodes the check-in payload so that reading the modules gives it back', () => {
    const m = qrMatrix(payload)
    expect(m.size).toBe(17 + 4 * m.version)
    expect(decode(m)).toBe(payload)
    expect(codeFromScan(decode(m), 'Xk3pQ9aBcD')).toBe('ABCD2345')
  })

  it('gives back other payloads too, and a different code gives a different picture', () => {
    for (const [id, code] of [['a1', 'ZZ99ZZ99'], ['abcdefghij', '2345ABCD'], ['0123456789', 'K7M2P4Q8']]) {
      expect(decode(qrMatrix(checkInQr(id, code)))).toBe(checkInQr(id, code))
    }
    expect(qrMatrix(checkInQr('a1', 'AAAA2222')).rows).not.toEqual(qrMatrix(checkInQr('a1', 'AAAA2223')).rows)
  })

  it('is wrapped in a light quiet zone of 4 modules with the three finder patterns inside', () => {
    const m = qrMatrix(payload)
    const grid = withQuietZone(m)
    const q = QR_QUIET_ZONE
    expect(q).toBe(4)
    expect(grid).toHaveLength(m.size + 2 * q)
    for (const row of grid) expect(row).toHaveLength(m.size + 2 * q)
    for (let i = 0; i < grid.length; i++) {
      for (let k = 0; k < q; k++) {
        expect([grid[k][i], grid[grid.length - 1 - k][i], grid[i][k], grid[i][grid.length - 1 - k]]).toEqual([false, false, false, false])
      }
    }
    expect(hasFinderAt(grid, q, q)).toBe(true)
    expect(hasFinderAt(grid, q, q + m.size - 7)).toBe(true)
    expect(hasFinderAt(grid, q + m.size - 7, q)).toBe(true)
    expect(hasFinderAt(grid, q + m.size - 7, q + m.size - 7)).toBe(false)
  })

  it('needs no TextEncoder (missing on some WeChat base libraries) and encodes UTF-8 itself', () => {
    const saved = globalThis.TextEncoder
    try {
      delete (globalThis as { TextEncoder?: unknown }).TextEncoder
      expect(decode(qrMatrix(payload))).toBe(payload)
    } finally {
      globalThis.TextEncoder = saved
    }
    for (const s of ['a', 'é', '同心', '😀']) expect(Array.from(utf8(s))).toEqual(Array.from(Buffer.from(s, 'utf8')))
    expect(decode(qrMatrix('同心社区'))).toBe('同心社区')
  })

  it('draws whole-pixel modules about 240 px wide', () => {
    const total = withQuietZone(qrMatrix(payload)).length
    const cell = qrCellPx(total)
    expect(Number.isInteger(cell)).toBe(true)
    expect(cell * total).toBeGreaterThanOrEqual(220)
    expect(cell * total).toBeLessThanOrEqual(270)
    expect(qrCellPx(200)).toBe(3)
  })
})
