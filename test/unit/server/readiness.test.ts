/**
 * @jest-environment node
 */
import { createReadiness, READINESS_STEPS } from '@server/http/readiness'

describe('readiness', () => {
  it('is ready only once every step is done, in any order', () => {
    const r = createReadiness()
    expect(r.state()).toEqual({ ready: false, waitingFor: [...READINESS_STEPS] })
    for (const step of ['jobs', 'database', 'seed'] as const) {
      r.done(step)
      expect(r.ready).toBe(false)
    }
    expect(r.state().waitingFor).toEqual(['schema'])
    r.done('schema')
    expect(r.ready).toBe(true)
    expect(r.state()).toEqual({ ready: true, waitingFor: [] })
  })
})
