/**
 * The core encoder of the `qrcode` package (pure JS, no canvas): only `create` is used, through
 * src/domain/qr.ts. @types/qrcode describes the package's renderers, not this file.
 */
declare module 'qrcode/lib/core/qrcode' {
  export interface QRCodeBitMatrix {
    size: number
    data: Uint8Array
    get(row: number, col: number): number
  }
  export interface QRCodeSymbol {
    modules: QRCodeBitMatrix
    version: number
    errorCorrectionLevel: { bit: number }
    maskPattern: number
  }
  export type QRCodeSegment = { data: string | Uint8Array | number[]; mode: 'numeric' | 'alphanumeric' | 'byte' | 'kanji' }
  export function create(text: string | QRCodeSegment[], options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number; maskPattern?: number }): QRCodeSymbol
}
