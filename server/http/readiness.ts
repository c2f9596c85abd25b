/**
 * Readiness, kept apart from liveness: a load balancer must not send people to an instance
 * that is up but cannot sign them in yet (schema not applied, first-start demo data not written).
 * GET /parse/health answers 503 until every step is done, then hands over to Parse's own check;
 * GET /parse/live only says the process answers.
 */
import type { NextFunction, Request, Response } from 'express'

export const READINESS_STEPS = ['database', 'schema', 'seed', 'jobs'] as const
export type ReadinessStep = (typeof READINESS_STEPS)[number]

export interface Readiness {
  /** Marks a step done; steps may finish in any order. */
  done(step: ReadinessStep): void
  readonly ready: boolean
  /** What health replies with: the steps still missing. */
  state(): { ready: boolean; waitingFor: ReadinessStep[] }
}

export function createReadiness(): Readiness {
  // A step that fails throws out of boot() and the process exits: it never turns ready.
  const pending = new Set<ReadinessStep>(READINESS_STEPS)
  return {
    done(step) {
      pending.delete(step)
    },
    get ready() {
      return pending.size === 0
    },
    state() {
      return { ready: pending.size === 0, waitingFor: READINESS_STEPS.filter((s) => pending.has(s)) }
    },
  }
}

/** Mounted at /parse before Parse: /health waits for readiness, /live answers while the process runs. */
export function readinessRoutes(readiness: Readiness) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    if (req.path === '/live') {
      res.json({ status: 'ok' })
      return
    }
    if (req.path === '/health' && !readiness.ready) {
      const s = readiness.state()
      res.set('Retry-After', '1').set('Cache-Control', 'no-store')
      res.status(503).json({ status: 'starting', waitingFor: s.waitingFor })
      return
    }
    next()
  }
}
