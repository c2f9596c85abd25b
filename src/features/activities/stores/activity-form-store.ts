import { makeAutoObservable, runInAction } from 'mobx'
import type { ActivityInput, ActivityTheme } from '@contract/api-activities'
import { activityForm } from '@contract/contract/activities'
import { formErrors } from '@contract/contract/form-errors'
import { atDayTime, saturdaysBetween, validateActivity, type ActivityField } from '@/domain/activity'
import { isoDay, isoDayAfterMonths } from '@/domain/time'
import { FormModel, firstErrors, type FieldErrors } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
import type { ActivitiesRepository } from '../activities-repository'

/** Sign-up closes this many hours before the start; the form offers these. */
export const DEADLINE_CHOICES = [2, 12, 24, 48] as const

/** What the staff member types or picks. */
export interface ActivityDraft {
  title: string
  theme: ActivityTheme | ''
  day: string
  startTime: string
  endTime: string
  deadlineHours: number
  capacity: string
  placeText: string
  description: string
  bring: string
  fixedHours: string
  organiserPhone: string
  /** Street staff: one activity on every Saturday still ahead of this campaign, instead of one day. */
  campaignId: string | null
}

type TypedField = Exclude<keyof ActivityDraft, 'campaignId'>

const blank = (): ActivityDraft => ({
  title: '', theme: '', day: '', startTime: '08:30', endTime: '11:00', deadlineHours: 12, capacity: '20',
  placeText: '', description: '', bring: '', fixedHours: '', organiserPhone: '', campaignId: null,
})

/** 发起活动 (staff): the form checks with the contract schema and the server's own rules as people type. */
export class ActivityFormStore {
  /** The draft; its errors show only after a submit attempt (nothing is marked touched). */
  readonly form: FormModel<ActivityDraft, ActivityField>
  private readonly saving = new Mutation({ failure: '发起失败，请稍后再试。' })

  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.form = new FormModel<ActivityDraft, ActivityField>(blank, () => this.check())
    makeAutoObservable<ActivityFormStore, 'repo' | 'now' | 'saving' | 'check'>(this, { repo: false, now: false, saving: false, form: false, check: false })
  }

  // The values as the form component reads them (store.title, store.day, …).
  get title(): string { return this.form.values.title }
  get theme(): ActivityTheme | '' { return this.form.values.theme }
  get day(): string { return this.form.values.day }
  get startTime(): string { return this.form.values.startTime }
  get endTime(): string { return this.form.values.endTime }
  get deadlineHours(): number { return this.form.values.deadlineHours }
  get capacity(): string { return this.form.values.capacity }
  get placeText(): string { return this.form.values.placeText }
  get description(): string { return this.form.values.description }
  get bring(): string { return this.form.values.bring }
  get fixedHours(): string { return this.form.values.fixedHours }
  get organiserPhone(): string { return this.form.values.organiserPhone }
  get campaignId(): string | null { return this.form.values.campaignId }
  get submitted(): boolean { return this.form.showAll }

  get busy(): boolean { return this.saving.busy }

  /** The server's refusal, shown above the submit button. */
  get serverError(): string | null { return this.saving.error }

  set<K extends TypedField>(key: K, value: ActivityDraft[K]): void {
    // Not touched: this form shows its errors only after a submit attempt.
    this.form.set(key, value, [])
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

  /** The contract's schema of an activity, then the server's rule (dates in order, deadline, capacity). */
  private check(): FieldErrors<ActivityField> {
    const input = this.input
    const v = validateActivity(input, this.now())
    return firstErrors<ActivityField>(formErrors(activityForm, input), v.ok ? {} : v.errors)
  }

  /** Errors shown once the person tried to submit (not while the form is still empty). */
  get errors(): FieldErrors<ActivityField> { return this.form.errors }

  setCampaign(campaignId: string | null): void {
    this.form.set('campaignId', campaignId, [])
    this.saving.clearError()
  }

  /** Creates the activity (or the campaign's Saturdays); resolves with the first id, or null when a rule or the server refused. */
  async submit(): Promise<string | null> {
    const valid = this.form.showAllErrors()
    const v = validateActivity(this.input, this.now())
    if (!valid || !v.ok) return null
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

  /** A blank form for the next activity; the times and the deadline stay as chosen. */
  clear(): void {
    const { startTime, endTime, deadlineHours } = this.form.values
    this.form.reset({ ...blank(), startTime, endTime, deadlineHours })
    this.saving.clearError()
  }

  reset(): void {
    this.clear()
    this.saving.reset()
  }
}
