import { create } from 'qrcode/lib/core/qrcode'

/** Dark modules of a QR code symbol, row by row (true = dark), without the quiet zone. */
export interface QrMatrix {
  size: number
  version: number
  rows: boolean[][]
}

/** Modules of light margin the standard asks around a symbol so scanners can find it. */
export const QR_QUIET_ZONE = 4

/**
 * Encodes text as a QR code (error correction M: survives a scratched or glaring phone screen)
 * using only the core encoder of `qrcode`, so the same matrix can be drawn with plain Views on
 * weapp and H5.
 */
export function qrMatrix(text: string): QrMatrix {
  // One byte segment built here: given a string, qrcode calls TextEncoder, which WeChat's
  // JS runtime (and jsdom) do not have on every base library version.
  const symbol = create([{ data: utf8(text), mode: 'byte' }], { errorCorrectionLevel: 'M' })
  const { size } = symbol.modules
  const rows: boolean[][] = []
  for (let r = 0; r < size; r++) {
    const row: boolean[] = []
    for (let c = 0; c < size; c++) row.push(symbol.modules.get(r, c) === 1)
    rows.push(row)
  }
  return { size, version: symbol.version, rows }
}

/** UTF-8 bytes of text without TextEncoder. */
export function utf8(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return Uint8Array.from(out)
}

/** The matrix with `quiet` light modules on every side: what is drawn on the screen. */
export function withQuietZone(m: QrMatrix, quiet = QR_QUIET_ZONE): boolean[][] {
  const total = m.size + quiet * 2
  const blank = (): boolean[] => new Array<boolean>(total).fill(false)
  const out: boolean[][] = []
  for (let i = 0; i < quiet; i++) out.push(blank())
  for (const row of m.rows) {
    const line = blank()
    row.forEach((dark, c) => {
      line[quiet + c] = dark
    })
    out.push(line)
  }
  for (let i = 0; i < quiet; i++) out.push(blank())
  return out
}

/** Whole pixels per module so the drawn code is about `target` px wide and has no blurry seams. */
export function qrCellPx(modulesWithQuiet: number, target = 240): number {
  return Math.max(3, Math.round(target / modulesWithQuiet))
}
