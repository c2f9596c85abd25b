/**
 * Timed work (escalating unanswered help requests, activity reminders, overdue problems): each
 * job is a function of the current time that does what is due and says how many things it did.
 * The server runs every job on its own timer; tests call runJobs with a moved clock instead.
 * A job must be safe to run twice for the same moment (conditional updates, not read-then-write).
 */
import { now } from './clock'

export interface Job {
  name: string
  /** How often the server runs it by itself. */
  everyMs: number
  run(at: Date): Promise<number>
}

const jobs = new Map<string, Job>()

export function registerJob(job: Job): void {
  if (jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`)
  jobs.set(job.name, job)
}

/** Runs the named jobs (all when none are named) once, in registration order, at now(). */
export async function runJobs(names?: string[]): Promise<Record<string, number>> {
  const at = now()
  const done: Record<string, number> = {}
  for (const job of jobs.values()) {
    if (names && !names.includes(job.name)) continue
    done[job.name] = await job.run(at)
  }
  return done
}

/** Starts every job's timer; returns the stop. A failing run is logged and retried at the next tick. */
export function startJobs(log: (line: string) => void): () => void {
  const timers = [...jobs.values()].map((job) => {
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
