/**
 * Timed work (escalating unanswered help requests, activity reminders, overdue problems): each
 * job is a function of the current time that does what is due and says how many things it did.
 * The server runs every job on its own timer; tests call runJobs with a moved clock instead.
 * A job must be safe to run twice for the same moment (conditional updates, not read-then-write).
 */
import { now } from './clock'
import { FEATURES } from './features'

export interface Job {
  name: string
  /** How often the server runs it by itself. */
  everyMs: number
  run(at: Date): Promise<number>
}

/** Every feature's jobs, in the order of the feature list; a name used twice is a bug. */
function allJobs(): Job[] {
  const jobs = FEATURES.flatMap((f) => f.jobs?.() ?? [])
  const names = new Set<string>()
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job ${job.name} declared twice`)
    names.add(job.name)
  }
  return jobs
}

/** Runs the named jobs (all when none are named) once, in the feature list's order, at now(). */
export async function runJobs(names?: string[]): Promise<Record<string, number>> {
  const at = now()
  const done: Record<string, number> = {}
  for (const job of allJobs()) {
    if (names && !names.includes(job.name)) continue
    done[job.name] = await job.run(at)
  }
  return done
}

/** Starts every job's timer; returns the stop. A failing run is logged and retried at the next tick. */
export function startJobs(log: (line: string) => void): () => void {
  const timers = allJobs().map((job) => {
    let running = false
    const timer = setInterval(() => {
      if (running) return
      running = true
      job
        .run(now())
        .catch((err: unknown) => log(`job ${job.name} failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => {
          running = false
        })
    }, job.everyMs)
    timer.unref()
    return timer
  })
  return () => timers.forEach((t) => clearInterval(t))
}
