import { makeAutoObservable, runInAction } from 'mobx'
import type { WelfareCategory, WelfareProgrammeInput } from '../../../../types/api-welfare'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { parseYuan } from '../../../domain/money'
import { DEFAULT_CRITERIA, validateProgramme, WELFARE_CATEGORIES, type FieldErrors, type ProgrammeField } from '../../../domain/welfare'
import type { WelfareRepository } from '../welfare-repository'

export interface ProgrammeDraft {
  name: string
  budgetYuan: string
  capYuan: string
  opensOn: string
  closesOn: string
  categories: WelfareCategory[]
  /** Criterion weights as typed, by key (names are the defaults'). */
  weights: Record<string, string>
}

function blank(): ProgrammeDraft {
  return {
    name: '',
    budgetYuan: '300000',
    capYuan: '30000',
    opensOn: '',
    closesOn: '',
    categories: [...WELFARE_CATEGORIES],
    weights: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.key, String(c.weight)])),
  }
}

/** 发布新一期: street staff open a programme; money typed in yuan, kept in fen; the server's own rules. */
export class ProgrammeFormStore {
  draft: ProgrammeDraft = blank()
  submitting = false
  serverError: string | null = null
  private showAll = false

  constructor(
    private readonly repo: WelfareRepository,
    private readonly platform: PlatformPort,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<ProgrammeFormStore, 'repo' | 'platform' | 'onSessionExpired'>(this, { repo: false, platform: false, onSessionExpired: false })
  }

  get input(): Record<string, unknown> {
    const d = this.draft
    const budget = parseYuan(d.budgetYuan, '总预算')
    const cap = parseYuan(d.capYuan, '单个项目上限')
    return {
      name: d.name,
      budgetFen: budget.ok ? budget.fen : NaN,
      capFen: cap.ok ? cap.fen : NaN,
      opensOn: d.opensOn,
      closesOn: d.closesOn,
      categories: d.categories,
      criteria: DEFAULT_CRITERIA.map((c) => ({ key: c.key, name: c.name, weight: /^\d+$/.test(d.weights[c.key] ?? '') ? Number(d.weights[c.key]) : NaN })),
    }
  }

  get errors(): FieldErrors<ProgrammeField> {
    if (!this.showAll) return {}
    const d = this.draft
    const errors: FieldErrors<ProgrammeField> = {}
    const budget = parseYuan(d.budgetYuan, '总预算')
    const cap = parseYuan(d.capYuan, '单个项目上限')
    if (!budget.ok) errors.budgetFen = budget.error
    if (!cap.ok) errors.capFen = cap.error
    const v = validateProgramme(this.input)
    return v.ok ? errors : { ...v.errors, ...errors }
  }

  set<K extends keyof ProgrammeDraft>(field: K, value: ProgrammeDraft[K]): void {
    this.draft = { ...this.draft, [field]: value }
    this.serverError = null
  }

  setWeight(key: string, value: string): void {
    this.set('weights', { ...this.draft.weights, [key]: value })
  }

  toggleCategory(c: WelfareCategory): void {
    const cs = this.draft.categories
    this.set('categories', cs.includes(c) ? cs.filter((x) => x !== c) : WELFARE_CATEGORIES.filter((x) => x === c || cs.includes(x)))
  }

  async submit(): Promise<string | null> {
    this.showAll = true
    if (Object.keys(this.errors).length || this.submitting) return null
    this.submitting = true
    try {
      const id = await this.repo.saveProgramme(this.input as unknown as WelfareProgrammeInput)
      runInAction(() => this.reset())
      this.platform.toast('已发布', 'success')
      return id
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => (this.serverError = userMessage(err, '发布失败，请稍后再试。')))
      return null
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  reset(): void {
    this.draft = blank()
    this.submitting = false
    this.serverError = null
    this.showAll = false
  }
}
