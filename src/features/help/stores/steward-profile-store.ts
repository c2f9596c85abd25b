import { makeAutoObservable, runInAction } from 'mobx'
import type { StewardProfile } from '@contract/api-help'
import type { PlaceRef } from '@contract/domain'
import { userMessage, type ApiPort, type PlatformPort } from '@/adapters/ports'
import { formErrors } from '@contract/contract/form-errors'
import { helpContract } from '@contract/contract/help'
import { HELP_LIMITS, validateStewardProfile } from '@/domain/help'
import { FormModel, firstErrors, type FieldErrors } from '@/stores/form-model'
import { tooLarge, uploadPicked } from '@/features/shared/uploads'
import type { LoadStatus } from '@/stores/status'
import type { HelpRepository } from '../help-repository'

interface CardText {
  intro: string
  dutyHours: string
}
type CardField = keyof CardText | 'photoId'

/** 我的红管家名片: the steward's photo, introduction and duty hours, as residents see them on home. */
export class StewardProfileStore {
  buildings: PlaceRef[] = []
  saved: StewardProfile | null = null
  /** The card's words; checked by the saveStewardProfile schema and the shared rule, the first problem shown on 保存. */
  readonly form = new FormModel<CardText, CardField>(() => ({ intro: '', dutyHours: '' }), (d) => this.check(d))
  /** An uploaded photo not saved yet (its id), or null to keep; '' removes the photo. */
  photoId: string | null = null
  photoPreview: string | null = null
  status: LoadStatus = 'idle'
  error: string | null = null
  saving = false
  uploading = false

  constructor(
    private readonly repo: HelpRepository,
    private readonly api: ApiPort,
    private readonly platform: PlatformPort,
  ) {
    makeAutoObservable<StewardProfileStore, 'repo' | 'api' | 'platform' | 'check'>(this, { repo: false, api: false, platform: false, form: false, check: false })
  }

  get intro(): string { return this.form.values.intro }
  get dutyHours(): string { return this.form.values.dutyHours }

  /** The first problem of the card as it would be saved, or null. */
  get problem(): string | null {
    return Object.values(this.form.allErrors).find(Boolean) ?? null
  }

  private check(d: CardText): FieldErrors<CardField> {
    const v = validateStewardProfile(d)
    return firstErrors<CardField>(formErrors(helpContract.saveStewardProfile, { ...d, ...this.photoParam }), v.ok ? {} : ({ [v.field]: v.first } as FieldErrors<CardField>))
  }

  /** The photo as 保存 sends it: nothing to keep it, null to remove it, or the new upload's id. */
  private get photoParam(): { photoId?: string | null } {
    return this.photoId === null ? {} : { photoId: this.photoId === '' ? null : this.photoId }
  }

  get introCounter(): string {
    return `${[...this.intro.trim()].length}/${HELP_LIMITS.introMax}`
  }

  get photoUrl(): string | null {
    if (this.photoId === '') return null
    return this.photoPreview ?? this.saved?.photoUrl ?? null
  }

  async load(): Promise<void> {
    if (!this.saved) this.status = 'loading'
    try {
      const { profile, buildings } = await this.repo.myProfile()
      runInAction(() => {
        this.saved = profile
        this.buildings = buildings
        this.form.load({ intro: profile.intro ?? '', dutyHours: profile.dutyHours ?? '' })
        this.photoId = null
        this.photoPreview = null
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        this.error = userMessage(err, '加载失败，请稍后再试。')
        this.status = 'error'
      })
    }
  }

  set(field: 'intro' | 'dutyHours', value: string): void {
    this.form.set(field, value)
    this.error = null
  }

  /** Picks a photo and uploads it at once; it is attached to the card on 保存. */
  async pickPhoto(): Promise<void> {
    if (this.uploading) return
    let file
    try {
      ;[file] = await this.platform.chooseImages(1)
    } catch {
      return // The person closed the picker.
    }
    if (!file) return
    try {
      const big = tooLarge(file, 'stewardPhoto')
      if (big) {
        this.platform.toast(big, 'none')
        return
      }
      runInAction(() => (this.uploading = true))
      const ref = await uploadPicked(this.api, file, 'stewardPhoto')
      runInAction(() => {
        this.photoId = ref.id
        this.photoPreview = ref.url
      })
    } catch (err) {
      this.platform.toast(userMessage(err, '照片上传失败，请稍后再试。'), 'none')
    } finally {
      runInAction(() => (this.uploading = false))
    }
  }

  removePhoto(): void {
    this.photoId = ''
    this.photoPreview = null
  }

  async save(): Promise<boolean> {
    const problem = this.problem
    if (problem) {
      this.error = problem
      return false
    }
    if (this.saving) return false
    this.saving = true
    try {
      const profile = await this.repo.saveProfile({ intro: this.intro.trim(), dutyHours: this.dutyHours.trim(), ...this.photoParam })
      runInAction(() => {
        this.saved = profile
        this.photoId = null
        this.photoPreview = null
      })
      this.platform.toast('名片已保存', 'success')
      return true
    } catch (err) {
      runInAction(() => (this.error = userMessage(err, '保存失败，请稍后再试。')))
      return false
    } finally {
      runInAction(() => (this.saving = false))
    }
  }

  reset(): void {
    this.buildings = []
    this.saved = null
    this.form.reset()
    this.photoId = null
    this.photoPreview = null
    this.status = 'idle'
    this.error = null
    this.saving = false
    this.uploading = false
  }
}
