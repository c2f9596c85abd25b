/** The check lines `npm run test:weapp` prints, and the counts its last line reports. */
export class Report {
  passed = 0
  failed = 0

  pass(name: string, reason: string): void {
    this.passed++
    console.log(`✓ ${name}: ${reason}`)
  }

  fail(name: string, reason: string): void {
    this.failed++
    console.log(`✗ ${name}: ${reason}`)
  }

  /** One check: passes when `ok`, with the reason either way. */
  check(name: string, ok: boolean, reason: string): boolean {
    if (ok) this.pass(name, reason)
    else this.fail(name, reason)
    return ok
  }

  /** Detail under the last check line (indented, never counted). */
  note(line: string): void {
    console.log(`    ${line}`)
  }

  /** The final line scripts/test.ts reads: exactly `N passed, N failed`. */
  summary(): string {
    return `${this.passed} passed, ${this.failed} failed`
  }
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message)
  return String(err)
}

export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
