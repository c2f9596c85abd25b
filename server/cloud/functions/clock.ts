/** Operations for tests and operators (master key only): run the timed jobs now, move the test clock. */
import { now, setClock } from '../clock'
import { defineFunction } from '../define'
import { runJobs } from '../jobs'
import { runtime } from '../runtime'

defineFunction(
  'runJobs',
  { requireMaster: true, fields: { names: { type: Array, required: false, error: '任务名称不正确。' } } },
  async ({ params }) => ({ done: await runJobs(params.names) }),
)

if (runtime().config.testClock) {
  defineFunction(
    'setTestClock',
    {
      requireMaster: true,
      fields: { at: { required: false, options: (v: unknown) => v === null || (typeof v === 'string' && !Number.isNaN(Date.parse(v))), error: '时间格式不正确。' } },
    },
    async ({ params }) => {
      setClock(params.at ? new Date(params.at) : null)
      return { now: now().toISOString() }
    },
  )
}
