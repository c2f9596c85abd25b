import { makeAutoObservable, runInAction } from 'mobx'
import type { ProblemDetail, ProblemHandlerOption } from '@contract/api-problems'
import { userMessage, type PickedFile, type PlatformPort } from '@/adapters/ports'
import { PROBLEM_MESSAGES } from '@/domain/messages'
import { validateConfirm, validateReplyText } from '@/domain/problem'
import type { Subscriptions } from '@/features/shared/subscribe'
import { addProblemPhotos } from './photos'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { ProblemsRepository } from '../problems-repository'

export type ProblemAction = 'reply' | 'resolve' | 'reassign' | 'confirm' | 'reopen' | 'rate'

/**
 * One problem: its steps and timeline, and what the viewer may do now (reply, mark solved,
 * reassign; for the reporter confirm, reopen with a reason, rate). After each act it reloads,
 * so the page shows the server's state, never a guess.
 */
export class ProblemDetailStore {
  problemId: string | null = null
  status: LoadStatus = 'idle'
  problem: ProblemDetail | null = null
  error: string | null = null
  /** The act in progress, and the last act's error (shown next to its form). */
  busy: ProblemAction | null = null
  actionError: string | null = null
  handlers: ProblemHandlerOption[] = []
  text = ''
  rating = 0
  /** Photos of the solution, picked and not yet uploaded (at most 6). */
  photos: PickedFile[] = []
  photoError: string | null = null
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: ProblemsRepository,
    private readonly platform: PlatformPort,
    private readonly subscriptions: Subscriptions,
  ) {
    makeAutoObservable<ProblemDetailStore, 'repo' | 'platform' | 'subscriptions' | 'guard'>(this, { repo: false, platform: false, subscriptions: false, guard: false })
  }

  async open(problemId: string): Promise<void> {
    const current = this.guard.next()
    if (this.problemId !== problemId) {
      this.problem = null
      this.text = ''
      this.rating = 0
      this.handlers = []
      this.actionError = null
      this.photos = []
      this.photoError = null
    }
    this.problemId = problemId
    if (!this.problem) this.status = 'loading'
    try {
      const problem = await this.repo.get(problemId)
      runInAction(() => {
        if (!current()) return
        this.problem = problem
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.status = 'error'
        this.error = userMessage(err, '加载失败，请下拉刷新重试。')
      })
    }
  }

  setText(text: string): void {
    this.text = text
    this.actionError = null
  }

  setRating(rating: number): void {
    this.rating = rating
    this.actionError = null
  }

  async addPhotos(): Promise<void> {
    this.photoError = null
    const error = await addProblemPhotos(this.platform, this.photos)
    runInAction(() => (this.photoError = error))
  }

  removePhoto(index: number): void {
    this.photos.splice(index, 1)
  }

  async loadHandlers(): Promise<void> {
    if (!this.problemId) return
    try {
      const handlers = await this.repo.handlers(this.problemId)
      runInAction(() => (this.handlers = handlers))
    } catch (err) {
      runInAction(() => (this.actionError = userMessage(err, '无法加载可转派的人，请稍后再试。')))
    }
  }

  /** Runs one act after a rule check; true when it was done. */
  private async act(action: ProblemAction, check: string | null, run: (id: string) => Promise<unknown>): Promise<boolean> {
    if (!this.problemId || this.busy) return false
    if (check) {
      this.actionError = check
      return false
    }
    this.busy = action
    this.actionError = null
    try {
      await run(this.problemId)
      runInAction(() => {
        this.busy = null
        this.text = ''
        this.rating = 0
        this.photos = []
      })
      await this.open(this.problemId)
      return true
    } catch (err) {
      runInAction(() => {
        this.busy = null
        this.actionError = userMessage(err, '操作失败，请检查网络后重试。')
      })
      return false
    }
  }

  reply(): Promise<boolean> {
    const text = this.text.trim()
    return this.act('reply', validateReplyText(text), (id) => this.repo.reply(id, text))
  }

  resolve(): Promise<boolean> {
    const note = this.text.trim()
    const photos = [...this.photos]
    return this.act('resolve', validateReplyText(note, PROBLEM_MESSAGES.resolveNote), async (id) => this.repo.resolve(id, note, photos.length ? await this.repo.upload(photos) : []))
  }

  reassign(handlerId: string): Promise<boolean> {
    return this.act('reassign', handlerId ? null : PROBLEM_MESSAGES.handler, (id) => this.repo.reassign(id, handlerId))
  }

  /** 已解决，满意: the reporter confirms, with the stars they chose (optional) and a comment. Call from the tap. */
  confirm(): Promise<boolean> {
    void this.subscriptions.ask(['problemUpdate'])
    const comment = this.text.trim()
    const params = { satisfied: true, ...(this.rating ? { rating: this.rating } : {}), ...(comment ? { comment } : {}) }
    return this.act('confirm', validateConfirm(params), (problemId) => this.repo.confirm({ problemId, ...params }))
  }

  /** 还没解决: reopens it; the reason is required. Call from the tap. */
  reopen(): Promise<boolean> {
    void this.subscriptions.ask(['problemUpdate'])
    const comment = this.text.trim()
    return this.act('reopen', validateConfirm({ satisfied: false, comment }), (problemId) => this.repo.confirm({ problemId, satisfied: false, comment }))
  }

  rate(): Promise<boolean> {
    const comment = this.text.trim()
    const check = this.rating ? validateConfirm({ satisfied: true, rating: this.rating, comment }) : PROBLEM_MESSAGES.stars
    return this.act('rate', check, (id) => this.repo.rate(id, this.rating, comment || undefined))
  }

  reset(): void {
    this.guard.invalidate()
    this.problemId = null
    this.status = 'idle'
    this.problem = null
    this.error = null
    this.busy = null
    this.actionError = null
    this.handlers = []
    this.text = ''
    this.rating = 0
    this.photos = []
    this.photoError = null
  }
}
