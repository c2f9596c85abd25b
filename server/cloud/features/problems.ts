/** Residents' problems: reports, handling, deadlines and their escalation. */
import { problemsSchema } from '../../schema/problems'
import type { ServerFeature } from '../feature'
import { problemJobs } from '../problems/jobs'
import { problemsPersonalData } from '../problems/personal'

export const problemsFeature: ServerFeature = {
  name: 'problems',
  functions: () => require('../functions/problems'),
  jobs: () => problemJobs,
  personalData: [problemsPersonalData],
  schema: problemsSchema,
}
