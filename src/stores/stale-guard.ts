/**
 * Drops late answers: every load takes a ticket, and only the newest ticket may write. A reset
 * voids every ticket, so an answer that arrives after sign-out never shows the last person's data.
 */
export class StaleGuard {
  private generation = 0

  /** Starts a load; the returned check is true while no later load or reset has started. */
  next(): () => boolean {
    const ticket = ++this.generation
    return () => ticket === this.generation
  }

  /** The current ticket, without starting a new load (a "more" page belongs to the load before it). */
  current(): () => boolean {
    const ticket = this.generation
    return () => ticket === this.generation
  }

  /** Voids every load in flight. */
  invalidate(): void {
    this.generation++
  }
}
