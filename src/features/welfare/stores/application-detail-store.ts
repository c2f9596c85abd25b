import { makeAutoObservable, runInAction } from 'mobx'
import type { WelfareApplicationView, WelfareStatus } from '@contract/api-welfare'
import type { PickedFile, PlatformPort } from '@/adapters/ports'
import { parseYuan } from '@/domain/money'
import { reviewProblem, reviewStage, validateProgressText, WELFARE_LIMITS, type Decision } from '@/domain/welfare'
import type { UploadRef } from '@contract/domain'
import { tooLarge } from '@/features/shared/uploads'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'
import type { WelfareRepository } from '../welfare-repository'

/** 申请详情: the application with its timeline; withdrawing, reviewing, progress updates and completion. */
export class ApplicationDetailStore {
  readonly view: Resource<WelfareApplicationView>
  id: string | null = null
  private readonly action = new Mutation()
  // The reviewer's form.
  scores: Record<string, string> = {}
  amountYuan = ''
  comment = ''
  // The applicant's progress form.
  progressText = ''
  progressFinal = false
  photos: UploadRef[] = []

  constructor(
    private readonly repo: WelfareRepository,
    private readonly platform: PlatformPort,
    private readonly onChanged: () => void,
  ) {
    this.view = new Resource(() => this.repo.get(this.id!), '申请加载失败，请下拉刷新重试。')
    makeAutoObservable<ApplicationDetailStore, 'repo' | 'platform' | 'onChanged' | 'action'>(this, { view: false, repo: false, platform: false, onChanged: false, action: false })
  }

  get busy(): boolean { return this.action.busy }
  get actionError(): string | null { return this.action.error }
  get application(): WelfareApplicationView | null { return this.view.value }

  async open(id: string): Promise<void> {
    if (id !== this.id) {
      this.view.reset()
      this.clearForms()
    }
    this.id = id
    await this.view.load()
  }

  refresh(): Promise<void> {
    return this.id ? this.open(this.id) : Promise.resolve()
  }

  setScore(key: string, value: string): void {
    this.scores = { ...this.scores, [key]: value }
    this.action.clearError()
  }

  setAmount(value: string): void {
    this.amountYuan = value
    this.action.clearError()
  }

  setComment(value: string): void {
    this.comment = value
    this.action.clearError()
  }

  setProgress(text: string): void {
    this.progressText = text
    this.action.clearError()
  }

  setFinal(final: boolean): void {
    this.progressFinal = final
  }

  /** The review as the server takes it, or the problem in words (the server checks the budget left again). */
  reviewInput(decision: Decision): { ok: true; scores?: Record<string, number>; amountFen?: number } | { ok: false; error: string } {
    const a = this.application
    const stage = a ? reviewStage(a.status) : null
    if (!a || !stage) return { ok: false, error: '这份申请现在不能审核。' }
    let scores: Record<string, number> | undefined
    if (stage === 'first' && a.programme.criteria.some((c) => this.scores[c.key]?.trim())) {
      scores = {}
      for (const c of a.programme.criteria) {
        const raw = (this.scores[c.key] ?? '').trim()
        scores[c.key] = /^\d+$/.test(raw) ? Number(raw) : NaN
      }
    }
    let amountFen: number | undefined
    if (decision === 'approve') {
      const p = parseYuan(this.amountYuan, '批准金额')
      if (!p.ok) return { ok: false, error: p.error }
      amountFen = p.fen
    }
    const problem = reviewProblem(stage, { decision, comment: this.comment, amountFen, scores }, {
      criteria: a.programme.criteria,
      requestedFen: a.fields.totalFen ?? 0,
      budgetLeftFen: Number.MAX_SAFE_INTEGER,
    })
    if (problem) return { ok: false, error: problem }
    return { ok: true, ...(scores ? { scores } : {}), ...(amountFen !== undefined ? { amountFen } : {}) }
  }

  async review(decision: Decision): Promise<WelfareStatus | null> {
    const input = this.reviewInput(decision)
    if (!input.ok) return this.action.refuse(input.error)
    const { ok: _ok, ...rest } = input
    void _ok
    return this.act(async () => {
      const status = await this.repo.review(this.id!, { decision, comment: this.comment.trim(), ...rest })
      runInAction(() => this.clearForms())
      this.platform.toast('审核结果已提交', 'success')
      return status
    })
  }

  withdraw(): Promise<true | null> {
    return this.act(async () => {
      await this.repo.withdraw(this.id!)
      this.platform.toast('已撤回', 'success')
      return true as const
    })
  }

  /** 添加照片 for a progress update. */
  async addPhotos(): Promise<void> {
    const left = WELFARE_LIMITS.photosMax - this.photos.length
    if (left <= 0) return void this.platform.toast(`照片最多${WELFARE_LIMITS.photosMax}张。`, 'none')
    let picked: PickedFile[]
    try {
      picked = await this.platform.chooseImages(left)
    } catch {
      return
    }
    const big = picked.map((f) => tooLarge(f, 'welfareProgress')).find((m) => m)
    if (big) return void this.platform.toast(big, 'none')
    await this.act(async () => {
      const refs = await Promise.all(picked.map((f) => this.repo.upload(f, 'welfareProgress')))
      runInAction(() => (this.photos = [...this.photos, ...refs]))
      return true as const
    }, false)
  }

  async postProgress(): Promise<true | null> {
    const bad = validateProgressText(this.progressText)
    if (bad) return this.action.refuse(bad)
    const final = this.progressFinal
    return this.act(async () => {
      await this.repo.postProgress(this.id!, this.progressText.trim(), this.photos.map((p) => p.id), final)
      runInAction(() => this.clearForms())
      this.platform.toast(final ? '结项报告已提交' : '进展已发布', 'success')
      return true as const
    })
  }

  complete(): Promise<true | null> {
    return this.act(async () => {
      await this.repo.complete(this.id!)
      this.platform.toast('已确认结项', 'success')
      return true as const
    })
  }

  private act<T>(fn: () => Promise<T>, reload = true): Promise<T | null> {
    if (!this.id) return Promise.resolve(null)
    return this.action.run(async () => {
      const result = await fn()
      if (reload) {
        await this.refresh()
        this.onChanged()
      }
      return result
    })
  }

  private clearForms(): void {
    this.scores = {}
    this.amountYuan = ''
    this.comment = ''
    this.progressText = ''
    this.progressFinal = false
    this.photos = []
    this.action.clearError()
  }

  reset(): void {
    this.view.reset()
    this.id = null
    this.action.reset()
    this.clearForms()
  }
}
