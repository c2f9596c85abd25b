import { makeAutoObservable, runInAction } from 'mobx'
import type { RosterEntry } from '../../../../types/api-activities'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { checkInQr } from '../../../domain/activity'
import type { ActivitiesRepository } from '../activities-repository'
import { Resource } from './resource'

/** The organiser's screen: the check-in code of this minute, the roster, attendance by hand, confirmation. */
export class ManageStore {
  code: string | null = null
  expiresAt: string | null = null
  codeError: string | null = null
  readonly roster: Resource<RosterEntry[]>
  busy = false
  confirmed: { credited: number; hours: number; noShows: number } | null = null
  private id = ''

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
  ) {
    this.roster = new Resource<RosterEntry[]>(onSessionExpired, '名单加载失败，请稍后再试。')
    makeAutoObservable<ManageStore, 'repo' | 'platform' | 'onSessionExpired' | 'id'>(this, { repo: false, platform: false, onSessionExpired: false, id: false, roster: false })
  }

  /** What the QR code carries: the activity and the code, so a scan needs nothing typed. */
  get qrPayload(): string | null {
    return this.code ? checkInQr(this.id, this.code) : null
  }

  get counts(): { confirmed: number; checkedIn: number; checkedOut: number } {
    const list = (this.roster.value ?? []).filter((e) => e.status === 'confirmed')
    return { confirmed: list.length, checkedIn: list.filter((e) => e.checkInAt).length, checkedOut: list.filter((e) => e.checkOutAt).length }
  }

  async open(id: string): Promise<void> {
    if (id !== this.id) {
      this.code = null
      this.expiresAt = null
      this.confirmed = null
      this.roster.reset()
    }
    this.id = id
    await Promise.all([this.refreshCode(), this.loadRoster()])
  }

  /** The page calls this every few seconds; the server says when the code changes. */
  async refreshCode(): Promise<void> {
    try {
      const r = await this.repo.issueCode(this.id)
      runInAction(() => {
        this.code = r.code
        this.expiresAt = r.expiresAt
        this.codeError = null
      })
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => {
        this.code = null
        this.codeError = userMessage(err, '签到码获取失败，请稍后再试。')
      })
    }
  }

  loadRoster(): Promise<void> {
    return this.roster.load(() => this.repo.roster(this.id))
  }

  private async act(run: () => Promise<string>): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      const done = await run()
      this.platform.toast(done, 'success')
      await this.loadRoster()
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      this.platform.toast(userMessage(err, '操作失败，请稍后再试。'), 'error')
    } finally {
      runInAction(() => (this.busy = false))
    }
  }

  mark(userId: string, present: boolean): Promise<void> {
    return this.act(async () => {
      await this.repo.mark(this.id, userId, present)
      return present ? '已登记到场' : '已登记缺席'
    })
  }

  /** Closes the activity and credits the hours (once: the server refuses a second time). */
  confirm(): Promise<void> {
    return this.act(async () => {
      const r = await this.repo.confirm(this.id)
      runInAction(() => {
        this.confirmed = r
        this.code = null
      })
      return `已确认，${r.credited}人共${r.hours}小时`
    })
  }

  reset(): void {
    this.id = ''
    this.code = null
    this.expiresAt = null
    this.confirmed = null
    this.roster.reset()
  }
}
