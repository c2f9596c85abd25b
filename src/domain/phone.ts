/** Phone rules shared by the client (instant feedback) and cloud code (authority). */

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/** True for an 11-digit mainland China mobile number. */
export function isMobilePhone(value: string): boolean {
  return MAINLAND_MOBILE.test(value)
}

/** Strips spaces and dashes people type between digit groups. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '')
}

/** "13900000001" -> "139****0001": what one resident may see of another's phone. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = normalizePhone(phone)
  // Showing three plus four must still hide four; below 11 digits it would show (nearly) all.
  if (digits.length < 11) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}
