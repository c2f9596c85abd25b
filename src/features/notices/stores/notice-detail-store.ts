import { makeAutoObservable, runInAction } from 'mobx'
import type { NoticeDetail, NoticeReadStats } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { validateHideReason } from '../../../domain/notice'
import type { NoticesRepository } from '../notices-repository'

export interface NoticeDetailHooks {
  /** The notice was marked read on the server. */
  onRead: (noticeId: string) => void
  /** The notice was withdrawn or hidden. */
  onRemoved: (noticeId: string) => void
  onSessionExpired: () => void
}

export type DetailStatus = 'idle' | 'loading' | 'ready' | 'error'

/** One notice: reading it marks it read (once); managers see read receipts, staff can hide it. */
export class NoticeDetailStore {
  notice: NoticeDetail | null = null
  status: DetailStatus = 'idle'
  error: string | null = null
  stats: NoticeReadStats | null = null
  statsError: string | null = null
  busy = false
  hideReason = ''
  hideError: string | null = null
  private readonly marked = new Set<string>()
  private generation = 0

  constructor(
    private readonly repo: NoticesRepository,
    private readonly platform: PlatformPort,
    private readonly hooks: NoticeDetailHooks,
  ) {
    makeAutoObservable<NoticeDetailStore, 'repo' | 'platform' | 'hooks' | 'marked' | 'generation'>(this, {
      repo: false,
      platform: false,
      hooks: false,
      marked: false,
      generation: false,
    })
  }

  /** Opens a notice: shows it, marks it read the first time, and loads read stats for its managers. */
  async open(noticeId: string): Promise<void> {
    const generation = ++this.generation
    if (this.notice?.id !== noticeId) {
      this.notice = null
      this.stats = null
      this.statsError = null
      this.hideReason = ''
      this.hideError = null
    }
    if (!this.notice) this.status = 'loading'
    try {
      const notice = await this.repo.get(noticeId)
      if (generation !== this.generation) return
      runInAction(() => {
        this.notice = notice
        this.status = 'ready'
        this.error = null
      })
      await Promise.all([this.markRead(notice), notice.canManage ? this.loadStats(notice.id) : Promise.resolve()])
    } catch (err) {
      runInAction(() => {
        if (generation === this.generation) this.failed(err, '公告加载失败，请稍后再试。')
      })
    }
  }

  async loadStats(noticeId: string): Promise<void> {
    try {
      const stats = await this.repo.readStats(noticeId)
      runInAction(() => {
        if (this.notice?.id !== noticeId) return
        this.stats = stats
        this.statsError = null
      })
    } catch (err) {
      runInAction(() => (this.statsError = userMessage(err, '阅读情况加载失败。')))
    }
  }

  setHideReason(value: string): void {
    this.hideReason = value
    this.hideError = null
  }

  /** 撤回: the publisher takes the notice back. */
  async withdraw(): Promise<boolean> {
    const n = this.notice
    if (!n || this.busy) return false
    return this.act(() => this.repo.withdraw(n.id), 'withdrawn', '已撤回')
  }

  /** 隐藏: staff hide a notice with a reason; it is kept, not deleted. */
  async hide(): Promise<boolean> {
    const n = this.notice
    if (!n || this.busy) return false
    const problem = validateHideReason(this.hideReason)
    if (problem) {
      this.hideError = problem
      return false
    }
    const reason = this.hideReason.trim()
    const ok = await this.act(() => this.repo.hide(n.id, reason), 'hidden', '已隐藏')
    if (ok) runInAction(() => this.notice && (this.notice = { ...this.notice, hiddenReason: reason }))
    return ok
  }

  reset(): void {
    this.generation++
    this.notice = null
    this.status = 'idle'
    this.error = null
    this.stats = null
    this.statsError = null
    this.busy = false
    this.hideReason = ''
    this.hideError = null
    this.marked.clear()
  }

  private async markRead(notice: NoticeDetail): Promise<void> {
    if (notice.read || this.marked.has(notice.id)) return
    this.marked.add(notice.id)
    try {
      await this.repo.markRead(notice.id)
      runInAction(() => {
        if (this.notice?.id === notice.id) this.notice = { ...this.notice, read: true }
      })
      this.hooks.onRead(notice.id)
    } catch {
      // Not counted this time: the next opening tries again.
      this.marked.delete(notice.id)
    }
  }

  private async act(run: () => Promise<void>, status: NoticeDetail['status'], done: string): Promise<boolean> {
    this.busy = true
    try {
      await run()
      const id = this.notice?.id
      runInAction(() => this.notice && (this.notice = { ...this.notice, status }))
      if (id) this.hooks.onRemoved(id)
      this.platform.toast(done, 'success')
      return true
    } catch (err) {
      if (isSessionExpired(err)) this.hooks.onSessionExpired()
      else this.platform.toast(userMessage(err, '操作失败，请稍后再试。'), 'error')
      return false
    } finally {
      runInAction(() => (this.busy = false))
    }
  }

  private failed(err: unknown, fallback: string): void {
    if (isSessionExpired(err)) {
      this.reset()
      this.hooks.onSessionExpired()
      return
    }
    this.error = userMessage(err, fallback)
    this.status = this.notice ? 'ready' : 'error'
  }
}
