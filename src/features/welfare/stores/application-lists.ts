import { makeAutoObservable } from 'mobx'
import type { FundedProjectView, WelfareApplicationSummary, WelfareStatus } from '@contract/api-welfare'
import { Resource } from '@/stores/resource'
import type { WelfareRepository } from '../welfare-repository'

/** 我的申请: the caller's applications, drafts included. */
export class MyApplicationsStore {
  readonly list: Resource<WelfareApplicationSummary[]>

  constructor(repo: WelfareRepository) {
    this.list = new Resource(() => repo.mine(), '我的申请加载失败，请下拉刷新重试。')
  }

  load(): Promise<void> {
    return this.list.load()
  }

  reset(): void {
    this.list.reset()
  }
}

/** 彩虹桥审核: community staff see what waits for first review, street staff what waits for the decision; other statuses by filter. */
export class ReviewQueueStore {
  readonly list: Resource<WelfareApplicationSummary[]>
  /** null: what waits for this person. */
  status: WelfareStatus | null = null

  constructor(repo: WelfareRepository) {
    this.list = new Resource(() => repo.reviews(this.status ?? undefined), '审核列表加载失败，请下拉刷新重试。')
    makeAutoObservable(this, { list: false })
  }

  load(): Promise<void> {
    return this.list.load()
  }

  filter(status: WelfareStatus | null): Promise<void> {
    this.status = status
    this.list.reset()
    return this.load()
  }

  reset(): void {
    this.status = null
    this.list.reset()
  }
}

/** 资助项目: a funded project as everyone sees it, with its progress. */
export class FundedProjectStore {
  readonly project: Resource<FundedProjectView>
  private id: string | null = null

  constructor(repo: WelfareRepository) {
    this.project = new Resource(() => repo.fundedProject(this.id!), '项目加载失败，请下拉刷新重试。')
  }

  open(id: string): Promise<void> {
    if (id !== this.id) this.project.reset()
    this.id = id
    return this.project.load()
  }
}
