import { makeAutoObservable, runInAction } from 'mobx'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import type { ActivitiesRepository, LeaderboardRows, MyActivities, TimeBank, Totals } from '../activities-repository'
import { Resource } from './resource'

/** 我的时间银行: balance, this year, history; street and community totals; the opt-in leaderboard. */
export class TimeBankStore {
  readonly bank: Resource<TimeBank>
  readonly totals: Resource<Totals>
  readonly board: Resource<LeaderboardRows>
  busy = false

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
  ) {
    this.bank = new Resource<TimeBank>(onSessionExpired, '时间银行加载失败，请下拉刷新重试。')
    this.totals = new Resource<Totals>(onSessionExpired, '统计加载失败。')
    this.board = new Resource<LeaderboardRows>(onSessionExpired, '排行榜加载失败。')
    makeAutoObservable<TimeBankStore, 'repo' | 'platform' | 'onSessionExpired'>(this, { repo: false, platform: false, onSessionExpired: false, bank: false, totals: false, board: false })
  }

  async load(): Promise<void> {
    await Promise.all([this.bank.load(() => this.repo.timeBank()), this.totals.load(() => this.repo.totals()), this.board.load(() => this.repo.leaderboard({ limit: 20 }))])
  }

  /** Appear on the leaderboard or leave it; the person's own choice (PIPL: off unless chosen). */
  async setOptIn(optIn: boolean): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      const on = await this.repo.setOptIn(optIn)
      const bank = this.bank.value
      runInAction(() => bank && this.bank.set({ ...bank, onLeaderboard: on }))
      await this.board.load(() => this.repo.leaderboard({ limit: 20 }))
      this.platform.toast(on ? '已加入排行榜' : '已退出排行榜', 'success')
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      this.platform.toast(userMessage(err, '设置失败，请稍后再试。'), 'error')
    } finally {
      runInAction(() => (this.busy = false))
    }
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

  constructor(private readonly repo: ActivitiesRepository, onSessionExpired: () => void) {
    this.mine = new Resource<MyActivities>(onSessionExpired, '我的活动加载失败，请下拉刷新重试。')
  }

  load(): Promise<void> {
    return this.mine.load(() => this.repo.mine())
  }

  reset(): void {
    this.mine.reset()
  }
}
