import { makeAutoObservable, runInAction } from 'mobx'
import type { ActivityDetail } from '@contract/api-activities'
import type { PlatformPort } from '@/adapters/ports'
import { codeFromScan, formatHours } from '@/domain/activity'
import type { Subscriptions } from '@/features/shared/subscribe'
import type { ActivitiesRepository } from '../activities-repository'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'

/** One activity: places left, sign up or cancel in one tap, and on the day check in and out with the organiser's code. */
export class ActivityDetailStore {
  readonly activity: Resource<ActivityDetail>
  private readonly action: Mutation
  /** What the volunteer typed (H5) or scanned. */
  code = ''
  codeError: string | null = null
  private id = ''

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
    private readonly onChanged: (a: ActivityDetail) => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.activity = new Resource<ActivityDetail>(() => this.repo.get(this.id), '活动加载失败，请稍后再试。')
    this.action = new Mutation({ platform })
    makeAutoObservable<ActivityDetailStore, 'repo' | 'platform' | 'subscriptions' | 'onChanged' | 'id' | 'now' | 'action'>(this, {
      repo: false,
      platform: false,
      subscriptions: false,
      action: false,
      onChanged: false,
      id: false,
      now: false,
      activity: false,
    })
  }

  async open(id: string): Promise<void> {
    const other = id !== this.id
    this.id = id
    if (other) {
      this.code = ''
      this.codeError = null
      // Another activity: what was shown is not this one's.
      this.activity.reset()
    }
    await this.activity.load()
  }

  get busy(): boolean { return this.action.busy }

  get canSignUp(): boolean {
    const a = this.activity.value
    return !!a && a.status === 'open' && !a.mine && Date.parse(a.signupDeadline) > this.now().getTime()
  }

  get canCancel(): boolean {
    const a = this.activity.value
    return !!a && a.status === 'open' && !!a.mine && Date.parse(a.signupDeadline) > this.now().getTime()
  }

  /** Checked in and out yet? Decides which of 签到 / 签退 the code does. */
  get onSiteStep(): 'checkIn' | 'checkOut' | null {
    const a = this.activity.value
    if (!a || a.status !== 'open' || a.mine?.status !== 'confirmed') return null
    if (!a.myAttendance?.checkInAt) return 'checkIn'
    return 'checkOut'
  }

  setCode(v: string): void {
    this.code = v
    this.codeError = null
  }

  private async act(run: () => Promise<string | null>): Promise<void> {
    await this.action.run(
      async () => {
        const done = await run()
        await this.activity.load()
        const a = this.activity.value
        if (a) this.onChanged(a)
        return done
      },
      { success: (done) => done },
    )
    const error = this.action.error
    if (error) runInAction(() => (this.codeError = error))
  }

  /** One tap: asks for the reminder subscription first (WeChat wants it inside the tap), then signs up. */
  signUp(): Promise<void> {
    const asked = this.subscriptions.ask(['activityReminder', 'activityUpdate'])
    return this.act(async () => {
      await asked
      const r = await this.repo.signUp(this.id)
      return r.status === 'confirmed' ? '报名成功' : `名额已满，您是候补第${r.position ?? ''}位`
    })
  }

  cancel(): Promise<void> {
    return this.act(async () => {
      await this.repo.cancel(this.id)
      return '已取消报名'
    })
  }

  /** Checks in or out with the typed code (or a scanned QR payload). */
  submitCode(raw = this.code): Promise<void> {
    const code = codeFromScan(raw, this.id)
    if (!code) {
      this.codeError = '签到码不对，请核对后重新输入或重新扫码。'
      return Promise.resolve()
    }
    const step = this.onSiteStep
    return this.act(async () => {
      if (step === 'checkOut') {
        const r = await this.repo.checkOut(this.id, code)
        runInAction(() => (this.code = ''))
        return `签退成功，本次约${formatHours(r.hours)}小时`
      }
      await this.repo.checkIn(this.id, code)
      runInAction(() => (this.code = ''))
      return '签到成功'
    })
  }

  /** Scans the organiser's QR code (weapp); in the browser the page offers typing instead. */
  async scan(): Promise<void> {
    try {
      const scanned = await this.platform.scanCode()
      await this.submitCode(scanned)
    } catch {
      runInAction(() => (this.codeError = '没有扫到二维码，可以直接输入组织者手机上显示的签到码。'))
    }
  }

  reset(): void {
    this.activity.reset()
    this.action.reset()
    this.code = ''
    this.codeError = null
    this.id = ''
  }
}
