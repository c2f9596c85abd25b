import { makeAutoObservable, runInAction } from 'mobx'
import type { ActivityInput, ActivityTheme } from '../../../../types/api-activities'
import { isSessionExpired, userMessage } from '../../../adapters/ports'
import { atDayTime, validateActivity, type ActivityField } from '../../../domain/activity'
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

  get input(): Partial<Record<ActivityField, unknown>> {
    const startsAt = this.day ? atDayTime(this.day, this.startTime) : ''
    return {
      title: this.title,
      theme: this.theme,
      startsAt,
      endsAt: this.day ? atDayTime(this.day, this.endTime) : '',
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

  /** Creates the activity; resolves with its id, or null when a rule or the server refused. */
  async submit(): Promise<string | null> {
    this.submitted = true
    const v = validateActivity(this.input, this.now())
    if (!v.ok || this.busy) return null
    this.busy = true
    try {
      const id = await this.repo.create(v.value as ActivityInput)
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
    Object.assign(this, { title: '', theme: '', day: '', placeText: '', description: '', bring: '', fixedHours: '', organiserPhone: '', capacity: '20', submitted: false, serverError: null })
  }

  reset(): void {
    this.clear()
  }
}
