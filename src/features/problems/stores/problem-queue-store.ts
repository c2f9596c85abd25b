import { makeAutoObservable } from 'mobx'
import type { ProblemListItem, ProblemQueueFilter } from '@contract/api-problems'
import { visitDayBanner } from '@/domain/problem'
import { PagedList } from '@/stores/paged-list'
import type { ProblemsRepository } from '../problems-repository'

export const QUEUE_FILTERS: ReadonlyArray<{ key: ProblemQueueFilter; label: string }> = [
  { key: 'mine', label: '待我处理' },
  { key: 'open', label: '未办结' },
  { key: 'overdue', label: '已逾期' },
  { key: 'all', label: '全部' },
]

/** 问题处理: the handler's workspace, one list per filter, and the visit-day banner on the 14th and 15th. */
export class ProblemQueueStore {
  filter: ProblemQueueFilter = 'mine'
  readonly list: PagedList<ProblemListItem>

  constructor(
    repo: ProblemsRepository,
    private readonly now: () => Date,
  ) {
    this.list = new PagedList((cursor) => repo.queue(this.filter, cursor))
    makeAutoObservable<ProblemQueueStore, 'now'>(this, { list: false, now: false })
  }

  get banner(): string | null {
    return visitDayBanner(this.now())
  }

  setFilter(filter: ProblemQueueFilter): Promise<void> {
    if (filter === this.filter) return this.list.refresh()
    this.filter = filter
    this.list.reset()
    return this.list.load()
  }

  reset(): void {
    this.filter = 'mine'
    this.list.reset()
  }
}
