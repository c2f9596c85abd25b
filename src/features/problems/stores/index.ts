import type { FeatureStoreDeps } from '@/app/feature-deps'
import type { ProblemListItem } from '@contract/api-problems'
import { PagedList } from '@/stores/paged-list'
import { problemsRepository } from '../problems-repository'
import { ProblemDetailStore } from './problem-detail-store'
import { ProblemQueueStore } from './problem-queue-store'
import { ProblemStatsStore } from './problem-stats-store'
import { ReportFormStore } from './report-form-store'

/** The stores of Residents' problems and visit day (issue #7), built once by RootStore as `root.problems`. */
export function createProblemStores(deps: FeatureStoreDeps) {
  const repo = problemsRepository(deps.api)
  const mine = new PagedList<ProblemListItem>((cursor) => repo.mine(cursor))
  return {
    report: new ReportFormStore(repo, deps.platform, deps.subscriptions),
    /** 走访登记: the same form for a visited resident. */
    visit: new ReportFormStore(repo, deps.platform, deps.subscriptions),
    /** 我反映的问题: everything personal, emptied on sign-out. */
    mine,
    detail: new ProblemDetailStore(repo, deps.platform, deps.subscriptions),
    queue: new ProblemQueueStore(repo, deps.now),
    stats: new ProblemStatsStore(repo, deps.now),
  }
}

export type ProblemStores = ReturnType<typeof createProblemStores>
