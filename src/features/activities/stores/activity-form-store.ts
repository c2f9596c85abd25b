import { makeAutoObservable, runInAction } from 'mobx'
import type { ActivityInput, ActivityTheme } from '../../../../types/api-activities'
import { atDayTime, saturdaysBetween, validateActivity, type ActivityField } from '../../../domain/activity'
import { isoDay, isoDayAfterMonths } from '../../../domain/time'
import { Mutation } from '../../../stores/mutation'
import type { ActivitiesRepository } from '../activities-repository'

/** Sign-up closes this many hours before the start; the form offers these. */
export const DEADLINE_CHOICES = [2, 12, 24, 48] as const

/** 发起活动 (staff): the form checks with the server's own rules as people type. */
export class ActivityFormStore {
  title = ''
  theme: ActivityTheme | '' = ''
  day = ''
  startTime = '08:30'
  endTime = '11:00'
  deadlineHours: number = 12
  capacity = '20'
  placeText = ''
  description = ''
  bring = ''
  fixedHours = ''
  organiserPhone = ''
  /** Street staff: one activity on every Saturday still ahead of this campaign, instead of one day. */
  campaignId: string | null = null
  submitted = false
  private readonly saving = new Mutation({ failure: '发起失败，请稍后再试。' })

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    makeAutoObservable<ActivityFormStore, 'repo' | 'now' | 'saving'>(this, { repo: false, now: false, saving: false })
  }

  get busy(): boolean { return this.saving.busy }

  /** The server's refusal, shown above the submit button. */
  get serverError(): string | null { return this.saving.error }

  set<K extends 'title' | 'theme' | 'day' | 'startTime' | 'endTime' | 'deadlineHours' | 'capacity' | 'placeText' | 'description' | 'bring' | 'fixedHours' | 'organiserPhone'>(key: K, value: this[K]): void {
    this[key] = value
    this.saving.clearError()
  }

  /** The day the rules are checked on: the chosen day, or for a campaign the next Saturday. */
  private get checkedDay(): string {
    if (!this.campaignId) return this.day
    const now = this.now()
    return saturdaysBetween(isoDay(new Date(now.getTime() + 86_400_000 * 2)), isoDayAfterMonths(1, now))[0] ?? ''
  }

  get input(): Partial<Record<ActivityField, unknown>> {
    const day = this.checkedDay
    const startsAt = day ? atDayTime(day, this.startTime) : ''
    return {
      title: this.title,
      theme: this.theme,
      startsAt,
      endsAt: day ? atDayTime(day, this.endTime) : '',
      signupDeadline: startsAt ? new Date(Date.parse(startsAt) - this.deadlineHours * 3_600_000).toISOString() : '',
      capacity: this.capacity.trim() === '' ? NaN : Number(this.capacity),
      place: { text: this.placeText },
      ...(this.description.trim() ? { description: this.description } : {}),
      ...(this.bring.trim() ? { bring: this.bring } : {}),
      ...(this.fixedHours.trim() ? { fixedHours: Number(this.fixedHours) } : {}),
      ...(this.organiserPhone.trim() ? { organiserPhone: this.organiserPhone.trim() } : {}),
    }
  }

  /** Errors shown once the person tried to submit (not while the form is still empty). */
  get errors(): Partial<Record<ActivityField, string>> {
    if (!this.submitted) return {}
    const v = validateActivity(this.input, this.now())
    return v.ok ? {} : v.errors
  }

  setCampaign(campaignId: string | null): void {
    this.campaignId = campaignId
    this.saving.clearError()
  }

  /** Creates the activity (or the campaign's Saturdays); resolves with the first id, or null when a rule or the server refused. */
  async submit(): Promise<string | null> {
    this.submitted = true
    const v = validateActivity(this.input, this.now())
    if (!v.ok) return null
    return this.saving.run(async () => {
      let id: string
      if (this.campaignId) {
        const { startsAt: _s, endsAt: _e, signupDeadline: _d, ...template } = v.value
        const ids = await this.repo.generate({ ...template, campaignId: this.campaignId, startTime: this.startTime, endTime: this.endTime, deadlineHoursBefore: this.deadlineHours })
        id = ids[0]
      } else {
        id = await this.repo.create(v.value as ActivityInput)
      }
      runInAction(() => this.clear())
      return id
    })
  }

  clear(): void {
    Object.assign(this, { title: '', theme: '', day: '', placeText: '', description: '', bring: '', fixedHours: '', organiserPhone: '', capacity: '20', campaignId: null, submitted: false })
    this.saving.clearError()
  }

  reset(): void {
    this.clear()
    this.saving.reset()
  }
}
