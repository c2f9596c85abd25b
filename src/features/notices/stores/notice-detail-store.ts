import { makeAutoObservable, runInAction } from 'mobx'
import type { NoticeDetail, NoticeReadStats } from '@contract/domain'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { validateHideReason } from '@/domain/notice'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'
import type { NoticesRepository } from '../notices-repository'

export interface NoticeDetailHooks {
  /** The notice was marked read on the server. */
  onRead: (noticeId: string) => void
  /** The notice was withdrawn or hidden. */
  onRemoved: (noticeId: string) => void
}

/** One notice: reading it marks it read (once); managers see read receipts, staff can hide it. */
export class NoticeDetailStore {
  readonly view: Resource<NoticeDetail>
  stats: NoticeReadStats | null = null
  statsError: string | null = null
  hideReason = ''
  hideError: string | null = null
  private noticeId = ''
  private readonly marked = new Set<string>()
  private readonly action: Mutation

  constructor(
    private readonly repo: NoticesRepository,
    platform: PlatformPort,
    private readonly hooks: NoticeDetailHooks,
  ) {
    this.view = new Resource(() => this.repo.get(this.noticeId), '公告加载失败，请稍后再试。')
    this.action = new Mutation({ platform })
    makeAutoObservable<NoticeDetailStore, 'repo' | 'hooks' | 'marked' | 'noticeId' | 'action'>(this, {
      repo: false,
      hooks: false,
      marked: false,
      noticeId: false,
      action: false,
      view: false,
    })
  }

  get notice(): NoticeDetail | null { return this.view.value }
  get status() { return this.view.status }
  get error(): string | null { return this.view.error }
  get busy(): boolean { return this.action.busy }

  /** Opens a notice: shows it, marks it read the first time, and loads read stats for its managers. */
  async open(noticeId: string): Promise<void> {
    if (this.notice?.id !== noticeId) {
      this.view.reset()
      this.stats = null
      this.statsError = null
      this.hideReason = ''
      this.hideError = null
    }
    this.noticeId = noticeId
    await this.view.load()
    const notice = this.notice
    // Only when this opening's answer arrived (not a failure, not a later opening's).
    if (!notice || notice.id !== noticeId || this.noticeId !== noticeId || this.view.error) return
    await Promise.all([this.markRead(notice), notice.canManage ? this.loadStats(notice.id) : Promise.resolve()])
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
    if (ok) this.patch({ hiddenReason: reason })
    return ok
  }

  reset(): void {
    this.view.reset()
    this.noticeId = ''
    this.stats = null
    this.statsError = null
    this.action.reset()
    this.hideReason = ''
    this.hideError = null
    this.marked.clear()
  }

  private patch(change: Partial<NoticeDetail>): void {
    const n = this.notice
    if (n) this.view.set({ ...n, ...change })
  }

  private async markRead(notice: NoticeDetail): Promise<void> {
    if (notice.read || this.marked.has(notice.id)) return
    this.marked.add(notice.id)
    try {
      await this.repo.markRead(notice.id)
      runInAction(() => {
        if (this.notice?.id === notice.id) this.patch({ read: true })
      })
      this.hooks.onRead(notice.id)
    } catch {
      // Not counted this time: the next opening tries again.
      this.marked.delete(notice.id)
    }
  }

  private async act(run: () => Promise<void>, status: NoticeDetail['status'], done: string): Promise<boolean> {
    const ok = await this.action.run(
      async () => {
        await run()
        const id = this.notice?.id
        runInAction(() => this.patch({ status }))
        if (id) this.hooks.onRemoved(id)
        return true
      },
      { success: done },
    )
    return ok === true
  }
}
