import { makeAutoObservable, runInAction } from 'mobx'
import type { RosterEntry } from '@contract/api-activities'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { checkInQr } from '@/domain/activity'
import type { ActivitiesRepository } from '../activities-repository'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'

/** The organiser's screen: the check-in code of this minute, the roster, attendance by hand, confirmation. */
export class ManageStore {
  code: string | null = null
  expiresAt: string | null = null
  codeError: string | null = null
  readonly roster: Resource<RosterEntry[]>
  private readonly action: Mutation
  confirmed: { credited: number; hours: number; noShows: number } | null = null
  private id = ''

  constructor(
    private readonly repo: ActivitiesRepository,
    platform: PlatformPort,
  ) {
    this.roster = new Resource(() => this.repo.roster(this.id), '名单加载失败，请稍后再试。')
    this.action = new Mutation({ platform })
    makeAutoObservable<ManageStore, 'repo' | 'id' | 'action'>(this, { repo: false, id: false, roster: false, action: false })
  }

  get busy(): boolean { return this.action.busy }

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
      runInAction(() => {
        this.code = null
        this.codeError = userMessage(err, '签到码获取失败，请稍后再试。')
      })
    }
  }

  loadRoster(): Promise<void> {
    return this.roster.load()
  }

  private async act(run: () => Promise<string>): Promise<void> {
    await this.action.run(
      async () => {
        const done = await run()
        await this.loadRoster()
        return done
      },
      { success: (done) => done },
    )
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
