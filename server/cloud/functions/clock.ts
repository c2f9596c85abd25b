/** Operations for tests and operators (master key only): run the timed jobs now, move the test clock. */
import { now, setClock } from '../clock'
import { defineFunction } from '../define'
import { runJobs } from '../jobs'
import { runtime } from '../runtime'

defineFunction('runJobs', { requireMaster: true }, async ({ params }) => ({ done: await runJobs(params.names) }))

if (runtime().config.testClock) {
  defineFunction(
    'setTestClock',
    { requireMaster: true },
    async ({ params }) => {
      setClock(params.at ? new Date(params.at) : null)
      return { now: now().toISOString() }
    },
  )
}
