import { makeAutoObservable, runInAction } from 'mobx'
import type { ActivityInput, ActivityTheme } from '../../../../types/api-activities'
import { isSessionExpired, userMessage } from '../../../adapters/ports'
import { atDayTime, saturdaysBetween, validateActivity, type ActivityField } from '../../../domain/activity'
import { isoDay, isoDayAfterMonths } from '../../../domain/time'
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
  busy = false
  serverError: string | null = null

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly onSessionExpired: () => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    makeAutoObservable<ActivityFormStore, 'repo' | 'onSessionExpired' | 'now'>(this, { repo: false, onSessionExpired: false, now: false })
  }

  set<K extends 'title' | 'theme' | 'day' | 'startTime' | 'endTime' | 'deadlineHours' | 'capacity' | 'placeText' | 'description' | 'bring' | 'fixedHours' | 'organiserPhone'>(key: K, value: this[K]): void {
    this[key] = value
    this.serverError = null
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
    this.serverError = null
  }

  /** Creates the activity (or the campaign's Saturdays); resolves with the first id, or null when a rule or the server refused. */
  async submit(): Promise<string | null> {
    this.submitted = true
    const v = validateActivity(this.input, this.now())
    if (!v.ok || this.busy) return null
    this.busy = true
    try {
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
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => (this.serverError = userMessage(err, '发起失败，请稍后再试。')))
      return null
    } finally {
      runInAction(() => (this.busy = false))
    }
  }

  clear(): void {
    Object.assign(this, { title: '', theme: '', day: '', placeText: '', description: '', bring: '', fixedHours: '', organiserPhone: '', capacity: '20', campaignId: null, submitted: false, serverError: null })
  }

  reset(): void {
    this.clear()
  }
}
