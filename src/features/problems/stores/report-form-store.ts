import { makeAutoObservable, runInAction } from 'mobx'
import type { ProblemCategory } from '@contract/api-problems'
import type { PlaceRef } from '@contract/domain'
import { userMessage, type PickedFile, type PlatformPort } from '@/adapters/ports'
import { PROBLEM_LIMITS, validateProblem, type ProblemField } from '@/domain/problem'
import { formErrors } from '@contract/contract/form-errors'
import { problemContract } from '@contract/contract/problems'
import { PROBLEM_MESSAGES } from '@/domain/messages'
import { FormModel, firstErrors, type FieldErrors } from '@/stores/form-model'
import type { LoadStatus } from '@/stores/status'
import type { Subscriptions } from '@/features/shared/subscribe'
import { addProblemPhotos } from './photos'
import type { ProblemsRepository } from '../problems-repository'

export type ReportMode = 'resident' | 'visit'

export interface ReportDraft {
  category: ProblemCategory | ''
  description: string
  /** Index into buildings (the resident's own building by default). */
  building: number
  location: string
  showNameToHandler: boolean
  /** Visit records: the visited resident's phone (optional). */
  residentPhone: string
}

type ReportField = ProblemField | 'building' | 'residentPhone'

const EMPTY: ReportDraft = { category: '', description: '', building: -1, location: '', showNameToHandler: false, residentPhone: '' }

/**
 * 反映问题 (a resident) and 走访登记 (staff, stewards, grid leaders recording a visit): one form,
 * checked as typed with the server's own rules; photos are optional, at most 6.
 */
export class ReportFormStore {
  mode: ReportMode = 'resident'
  status: LoadStatus = 'idle'
  /** The draft, touched fields and shown errors, checked with the server's own rule. */
  readonly form: FormModel<ReportDraft, ReportField>
  buildings: PlaceRef[] = []
  photos: PickedFile[] = []
  submitting = false
  serverError: string | null = null
  photoError: string | null = null

  constructor(
    private readonly repo: ProblemsRepository,
    private readonly platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
  ) {
    this.form = new FormModel<ReportDraft, ReportField>(() => ({ ...EMPTY }), (d) => this.check(d))
    makeAutoObservable<ReportFormStore, 'repo' | 'platform' | 'subscriptions' | 'check'>(this, { repo: false, platform: false, subscriptions: false, form: false, check: false })
  }

  get draft(): ReportDraft { return this.form.values }

  /** A submit was attempted: every error shows. */
  get submitted(): boolean { return this.form.showAll }

  /** Opens an empty form: the resident's community's buildings (their own chosen), or the buildings a visitor may record for. */
  async start(mode: ReportMode): Promise<void> {
    this.mode = mode
    this.status = 'loading'
    this.form.reset()
    this.photos = []
    this.serverError = null
    this.photoError = null
    try {
      if (mode === 'resident') {
        const places = await this.repo.reportPlaces()
        runInAction(() => {
          this.buildings = places.buildings
          this.draft.building = places.building ? places.buildings.findIndex((b) => b.id === places.building!.id) : -1
        })
      } else {
        const buildings = await this.repo.visitBuildings()
        runInAction(() => {
          this.buildings = buildings
          this.draft.building = buildings.length === 1 ? 0 : -1
        })
      }
      runInAction(() => (this.status = 'ready'))
    } catch (err) {
      runInAction(() => this.failed(err, '加载失败，请稍后再试。'))
    }
  }

  /** The resident has no home yet: they register first. */
  get noHome(): boolean {
    return this.mode === 'resident' && this.status === 'ready' && this.draft.building < 0 && this.buildings.length === 0
  }

  set<K extends keyof ReportDraft>(key: K, value: ReportDraft[K]): void {
    this.form.set(key, value)
    this.serverError = null
  }

  get descriptionCounter(): string {
    return `${[...this.draft.description.trim()].length}/${PROBLEM_LIMITS.descriptionMax}`
  }

  /**
   * The one rule of the form: the contract's schema of the call it makes, then the server's problem
   * rule, the building (optional to the schema of a resident's report: the server falls back to
   * their home) and the visited resident's phone as the server checks it.
   */
  private check(d: ReportDraft): FieldErrors<ReportField> {
    const visit = this.mode === 'visit'
    const fields = { category: d.category, description: d.description, location: d.location, showNameToHandler: d.showNameToHandler }
    const buildingId = this.buildings[d.building]?.id
    const params = { ...fields, ...(buildingId ? { buildingId } : {}), ...(visit ? { residentPhone: d.residentPhone } : {}) }
    const { buildingId: buildingError, ...schema } = formErrors(visit ? problemContract.recordVisitProblem : problemContract.reportProblem, params)
    const own: FieldErrors<ReportField> = {}
    if (buildingError) own.building = buildingError
    else if (!buildingId) own.building = visit ? PROBLEM_MESSAGES.visitBuilding : PROBLEM_MESSAGES.building
    const phone = d.residentPhone.trim()
    if (visit && phone && !/^1\d{10}$/.test(phone)) own.residentPhone = PROBLEM_MESSAGES.residentPhone
    const v = validateProblem(fields)
    return firstErrors<ReportField>(schema, own, v.ok ? {} : v.errors)
  }

  /** Errors of touched fields while typing; all of them after a submit attempt. */
  get errors(): Partial<Record<string, string>> { return this.form.errors }

  get canAddPhotos(): boolean {
    return this.photos.length < PROBLEM_LIMITS.photosMax
  }

  async addPhotos(): Promise<void> {
    this.photoError = null
    const error = await addProblemPhotos(this.platform, this.photos)
    runInAction(() => (this.photoError = error))
  }

  removePhoto(index: number): void {
    this.photos.splice(index, 1)
  }

  /**
   * Sends the report; returns the new problem's id, or null when something is wrong (shown).
   * Call straight from the tap: WeChat's subscribe sheet is asked before anything else awaits.
   */
  async submit(): Promise<string | null> {
    const asked = this.subscriptions.ask(['problemUpdate'])
    if (!this.form.showAllErrors() || this.submitting) return null
    this.submitting = true
    this.serverError = null
    try {
      await asked
      const photoIds = this.photos.length ? await this.repo.upload(this.photos) : []
      const d = this.draft
      const common = {
        category: d.category as ProblemCategory,
        description: d.description.trim(),
        ...(d.location.trim() ? { location: d.location.trim() } : {}),
        ...(photoIds.length ? { photoIds } : {}),
        showNameToHandler: d.showNameToHandler,
      }
      const buildingId = this.buildings[d.building]!.id
      const id =
        this.mode === 'visit'
          ? await this.repo.recordVisit({ ...common, buildingId, ...(d.residentPhone.trim() ? { residentPhone: d.residentPhone.trim() } : {}) })
          : await this.repo.report({ ...common, buildingId })
      runInAction(() => {
        this.submitting = false
        this.form.reset({ ...EMPTY, building: d.building })
        this.photos = []
      })
      return id
    } catch (err) {
      runInAction(() => {
        this.submitting = false
        this.serverError = userMessage(err, '提交失败，请检查网络后重试。')
      })
      return null
    }
  }

  private failed(err: unknown, fallback: string): void {
    this.status = 'error'
    this.serverError = userMessage(err, fallback)
  }

  reset(): void {
    this.status = 'idle'
    this.form.reset()
    this.buildings = []
    this.photos = []
    this.serverError = null
  }
}
