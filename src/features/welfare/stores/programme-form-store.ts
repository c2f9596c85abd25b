import { makeAutoObservable, runInAction } from 'mobx'
import type { WelfareCategory, WelfareProgrammeInput } from '@contract/api-welfare'
import type { PlatformPort } from '@/adapters/ports'
import { parseYuan } from '@/domain/money'
import { DEFAULT_CRITERIA, validateProgramme, WELFARE_CATEGORIES, type FieldErrors, type ProgrammeField } from '@/domain/welfare'
import { formErrors } from '@contract/contract/form-errors'
import { welfareProgrammeForm } from '@contract/contract/welfare'
import { FormModel, firstErrors } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
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
  /** The draft; its errors show only after a publish attempt (nothing is marked touched). */
  readonly form = new FormModel<ProgrammeDraft, ProgrammeField>(blank, (d) => this.check(d))
  private readonly saving: Mutation

  constructor(
    private readonly repo: WelfareRepository,
    platform: PlatformPort,
  ) {
    this.saving = new Mutation({ platform, toastErrors: false, failure: '发布失败，请稍后再试。' })
    makeAutoObservable<ProgrammeFormStore, 'repo' | 'saving' | 'check'>(this, { repo: false, form: false, saving: false, check: false })
  }

  get draft(): ProgrammeDraft { return this.form.values }
  get submitting(): boolean { return this.saving.busy }
  get serverError(): string | null { return this.saving.error }

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

  get errors(): FieldErrors<ProgrammeField> { return this.form.errors }

  /** The money fields' own sentences first, then the contract's schema, then the server's programme rule. */
  private check(d: ProgrammeDraft): FieldErrors<ProgrammeField> {
    const money: FieldErrors<ProgrammeField> = {}
    const budget = parseYuan(d.budgetYuan, '总预算')
    const cap = parseYuan(d.capYuan, '单个项目上限')
    if (!budget.ok) money.budgetFen = budget.error
    if (!cap.ok) money.capFen = cap.error
    const input = this.input
    const v = validateProgramme(input)
    return firstErrors<ProgrammeField>(money, formErrors(welfareProgrammeForm, input), v.ok ? {} : v.errors)
  }

  set<K extends keyof ProgrammeDraft>(field: K, value: ProgrammeDraft[K]): void {
    // Not touched: this form shows its errors only after a publish attempt.
    this.form.set(field, value, [])
    this.saving.clearError()
  }

  setWeight(key: string, value: string): void {
    this.set('weights', { ...this.draft.weights, [key]: value })
  }

  toggleCategory(c: WelfareCategory): void {
    const cs = this.draft.categories
    this.set('categories', cs.includes(c) ? cs.filter((x) => x !== c) : WELFARE_CATEGORIES.filter((x) => x === c || cs.includes(x)))
  }

  async submit(): Promise<string | null> {
    if (!this.form.showAllErrors() || this.submitting) return null
    return this.saving.run(
      async () => {
        const id = await this.repo.saveProgramme(this.input as unknown as WelfareProgrammeInput)
        runInAction(() => this.form.reset())
        return id
      },
      { success: '已发布' },
    )
  }

  reset(): void {
    this.form.reset()
    this.saving.reset()
  }
}
