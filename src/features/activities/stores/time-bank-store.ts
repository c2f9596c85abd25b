import { makeAutoObservable, runInAction } from 'mobx'
import type { PlatformPort } from '@/adapters/ports'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'
import type { ActivitiesRepository, LeaderboardRows, MyActivities, TimeBank, Totals } from '../activities-repository'

/** 我的时间银行: balance, this year, history; street and community totals; the opt-in leaderboard. */
export class TimeBankStore {
  readonly bank: Resource<TimeBank>
  readonly totals: Resource<Totals>
  readonly board: Resource<LeaderboardRows>
  private readonly optIn: Mutation

  constructor(
    private readonly repo: ActivitiesRepository,
    platform: PlatformPort,
  ) {
    this.bank = new Resource(() => repo.timeBank(), '时间银行加载失败，请下拉刷新重试。')
    this.totals = new Resource(() => repo.totals(), '统计加载失败。')
    this.board = new Resource(() => repo.leaderboard({ limit: 20 }), '排行榜加载失败。')
    this.optIn = new Mutation({ platform, failure: '设置失败，请稍后再试。' })
    makeAutoObservable<TimeBankStore, 'repo' | 'optIn'>(this, { repo: false, optIn: false, bank: false, totals: false, board: false })
  }

  get busy(): boolean { return this.optIn.busy }

  async load(): Promise<void> {
    await Promise.all([this.bank.load(), this.totals.load(), this.board.load()])
  }

  /** Appear on the leaderboard or leave it; the person's own choice (PIPL: off unless chosen). */
  async setOptIn(optIn: boolean): Promise<void> {
    await this.optIn.run(
      async () => {
        const on = await this.repo.setOptIn(optIn)
        const bank = this.bank.value
        runInAction(() => bank && this.bank.set({ ...bank, onLeaderboard: on }))
        await this.board.load()
        return on
      },
      { success: (on) => (on ? '已加入排行榜' : '已退出排行榜') },
    )
  }

  reset(): void {
    this.bank.reset()
    this.totals.reset()
    this.board.reset()
  }
}

/** 我的活动: upcoming (with waiting-list positions) and past (with hours). */
export class MyActivitiesStore {
  readonly mine: Resource<MyActivities>

  constructor(repo: ActivitiesRepository) {
    this.mine = new Resource(() => repo.mine(), '我的活动加载失败，请下拉刷新重试。')
  }

  load(): Promise<void> {
    return this.mine.load()
  }

  reset(): void {
    this.mine.reset()
  }
}
