import { makeAutoObservable } from 'mobx'
import type { FundedProjectView, WelfareApplicationSummary, WelfareStatus } from '../../../../types/api-welfare'
import type { WelfareRepository } from '../welfare-repository'
import { Loader } from './loader'

/** 我的申请: the caller's applications, drafts included. */
export class MyApplicationsStore {
  readonly list: Loader<WelfareApplicationSummary[]>
  constructor(
    private readonly repo: WelfareRepository,
    onSessionExpired: () => void,
  ) {
    this.list = new Loader(onSessionExpired, '我的申请加载失败，请下拉刷新重试。')
  }

  load(): Promise<void> {
    return this.list.run(() => this.repo.mine())
  }

  reset(): void {
    this.list.reset()
  }
}

/** 彩虹桥审核: community staff see what waits for first review, street staff what waits for the decision; other statuses by filter. */
export class ReviewQueueStore {
  readonly list: Loader<WelfareApplicationSummary[]>
  /** null: what waits for this person. */
  status: WelfareStatus | null = null

  constructor(
    private readonly repo: WelfareRepository,
    onSessionExpired: () => void,
  ) {
    this.list = new Loader(onSessionExpired, '审核列表加载失败，请下拉刷新重试。')
    makeAutoObservable<ReviewQueueStore, 'repo'>(this, { repo: false, list: false })
  }

  load(): Promise<void> {
    const status = this.status ?? undefined
    return this.list.run(() => this.repo.reviews(status))
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
  readonly project: Loader<FundedProjectView>
  private id: string | null = null
  constructor(
    private readonly repo: WelfareRepository,
    onSessionExpired: () => void,
  ) {
    this.project = new Loader(onSessionExpired, '项目加载失败，请下拉刷新重试。')
  }

  open(id: string): Promise<void> {
    if (id !== this.id) this.project.reset()
    this.id = id
    return this.project.run(() => this.repo.fundedProject(id))
  }
}
