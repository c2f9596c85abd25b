import { makeAutoObservable, runInAction } from 'mobx'
import type { ProblemCategory } from '../../../../types/api-problems'
import type { PlaceRef } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PickedFile, type PlatformPort } from '../../../adapters/ports'
import { PROBLEM_LIMITS, validateProblem, type ProblemField } from '../../../domain/problem'
import type { Subscriptions } from '../../shared/subscribe'
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

type Status = 'idle' | 'loading' | 'ready' | 'error'

const EMPTY: ReportDraft = { category: '', description: '', building: -1, location: '', showNameToHandler: false, residentPhone: '' }

/**
 * 反映问题 (a resident) and 走访登记 (staff, stewards, grid leaders recording a visit): one form,
 * checked as typed with the server's own rules; photos are optional, at most 6.
 */
export class ReportFormStore {
  mode: ReportMode = 'resident'
  status: Status = 'idle'
  draft: ReportDraft = { ...EMPTY }
  buildings: PlaceRef[] = []
  photos: PickedFile[] = []
  touched = new Set<keyof ReportDraft>()
  submitted = false
  submitting = false
  serverError: string | null = null
  photoError: string | null = null

  constructor(
    private readonly repo: ProblemsRepository,
    private readonly platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<ReportFormStore, 'repo' | 'platform' | 'subscriptions' | 'onSessionExpired'>(this, {
      repo: false,
      platform: false,
      subscriptions: false,
      onSessionExpired: false,
    })
  }

  /** Opens an empty form: the resident's community's buildings (their own chosen), or the buildings a visitor may record for. */
  async start(mode: ReportMode): Promise<void> {
    this.mode = mode
    this.status = 'loading'
    this.draft = { ...EMPTY }
    this.photos = []
    this.touched = new Set()
    this.submitted = false
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
    this.draft[key] = value
    this.touched.add(key)
    this.serverError = null
  }

  get descriptionCounter(): string {
    return `${[...this.draft.description.trim()].length}/${PROBLEM_LIMITS.descriptionMax}`
  }

  private get allErrors(): Partial<Record<ProblemField | 'building' | 'residentPhone', string>> {
    const v = validateProblem({ category: this.draft.category, description: this.draft.description, location: this.draft.location, showNameToHandler: this.draft.showNameToHandler })
    const errors: Partial<Record<ProblemField | 'building' | 'residentPhone', string>> = v.ok ? {} : { ...v.errors }
    if (this.draft.building < 0) errors.building = this.mode === 'visit' ? '请选择住户所在的楼栋。' : '请选择问题所在的楼栋。'
    if (this.mode === 'visit' && this.draft.residentPhone.trim() && !/^1\d{10}$/.test(this.draft.residentPhone.trim())) errors.residentPhone = '请填写正确的11位手机号，或者不填。'
    return errors
  }

  /** Errors of touched fields while typing; all of them after a submit attempt. */
  get errors(): Partial<Record<string, string>> {
    const all = this.allErrors
    if (this.submitted) return all
    return Object.fromEntries(Object.entries(all).filter(([k]) => this.touched.has(k as keyof ReportDraft)))
  }

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
    this.submitted = true
    if (Object.keys(this.allErrors).length || this.submitting) return null
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
        this.draft = { ...EMPTY, building: d.building }
        this.photos = []
        this.touched = new Set()
        this.submitted = false
      })
      return id
    } catch (err) {
      runInAction(() => {
        this.submitting = false
        if (isSessionExpired(err)) this.onSessionExpired()
        this.serverError = userMessage(err, '提交失败，请检查网络后重试。')
      })
      return null
    }
  }

  private failed(err: unknown, fallback: string): void {
    if (isSessionExpired(err)) this.onSessionExpired()
    this.status = 'error'
    this.serverError = userMessage(err, fallback)
  }

  reset(): void {
    this.status = 'idle'
    this.draft = { ...EMPTY }
    this.buildings = []
    this.photos = []
    this.touched = new Set()
    this.submitted = false
    this.serverError = null
  }
}
