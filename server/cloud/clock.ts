/**
 * The server's clock. Cloud code that decides by time (deadlines, escalations, windows) asks
 * now() here and passes it to SQL as a parameter, never SQL's now(), so tests can move time
 * (setTestClock, only with TEST_CLOCK=on) instead of waiting for it.
 */
let offsetMs = 0

export function now(): Date {
  return new Date(Date.now() + offsetMs)
}

/** Moves the clock so that now() is `at` (and keeps running from there); null goes back to real time. */
export function setClock(at: Date | null): void {
  offsetMs = at ? at.getTime() - Date.now() : 0
}
