import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpRequestDetail } from '../../../../types/api-help'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { helpStatusLabel, validateReply, validateResolveNote } from '../../../domain/help'
import type { HelpRepository } from '../help-repository'

type Action = 'accept' | 'reply' | 'resolve' | 'cancel'

/** One request with its timeline, and what the caller may do: accept, reply, resolve, cancel. */
export class HelpDetailStore {
  id: string | null = null
  forUserId: string | null = null
  detail: HelpRequestDetail | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error: string | null = null
  replyText = ''
  resolveNote = ''
  busy: Action | null = null
  actionError: string | null = null
  private generation = 0

  constructor(
    private readonly repo: HelpRepository,
    private readonly platform: PlatformPort,
    private readonly hooks: { onChanged: () => void; onSessionExpired: () => void },
  ) {
    makeAutoObservable<HelpDetailStore, 'repo' | 'platform' | 'hooks' | 'generation'>(this, { repo: false, platform: false, hooks: false, generation: false })
  }

  get statusLabel(): string {
    return this.detail ? helpStatusLabel(this.detail) : ''
  }

  async open(id: string, forUserId: string | null = null): Promise<void> {
    if (id !== this.id) {
      this.detail = null
      this.replyText = ''
      this.resolveNote = ''
    }
    this.id = id
    this.forUserId = forUserId
    this.actionError = null
    await this.reload()
  }

  async reload(): Promise<void> {
    const id = this.id
    if (!id) return
    const generation = ++this.generation
    if (!this.detail) this.status = 'loading'
    try {
      const detail = await this.repo.get(id, this.forUserId ?? undefined)
      runInAction(() => {
        if (generation !== this.generation) return
        this.detail = detail
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      if (isSessionExpired(err)) this.hooks.onSessionExpired()
      runInAction(() => {
        if (generation !== this.generation) return
        this.error = userMessage(err, '加载失败，请下拉刷新重试。')
        this.status = this.detail ? 'ready' : 'error'
      })
    }
  }

  setReply(text: string): void {
    this.replyText = text
    this.actionError = null
  }

  setNote(text: string): void {
    this.resolveNote = text
    this.actionError = null
  }

  accept(): Promise<boolean> {
    return this.act('accept', (id) => this.repo.accept(id), '已受理，请尽快联系居民')
  }

  reply(): Promise<boolean> {
    const problem = validateReply(this.replyText)
    if (problem) return this.refuse(problem)
    const text = this.replyText.trim()
    return this.act('reply', (id) => this.repo.reply(id, text, this.forUserId ?? undefined), '已回复', () => (this.replyText = ''))
  }

  resolve(): Promise<boolean> {
    const problem = validateResolveNote(this.resolveNote)
    if (problem) return this.refuse(problem)
    const note = this.resolveNote.trim()
    return this.act('resolve', (id) => this.repo.resolve(id, note), '已标记解决', () => (this.resolveNote = ''))
  }

  cancel(): Promise<boolean> {
    return this.act('cancel', (id) => this.repo.cancel(id, this.forUserId ?? undefined), '求助已取消')
  }

  reset(): void {
    this.generation++
    this.id = null
    this.forUserId = null
    this.detail = null
    this.status = 'idle'
    this.error = null
    this.replyText = ''
    this.resolveNote = ''
    this.busy = null
    this.actionError = null
  }

  private refuse(message: string): Promise<boolean> {
    this.actionError = message
    return Promise.resolve(false)
  }

  /** Runs one action; whatever happens the request is reloaded, since someone else may have acted first. */
  private async act(action: Action, run: (id: string) => Promise<void>, done: string, after?: () => void): Promise<boolean> {
    const id = this.id
    if (!id || this.busy) return false
    this.busy = action
    this.actionError = null
    try {
      await run(id)
      runInAction(() => after?.())
      this.platform.toast(done, 'success')
      this.hooks.onChanged()
      return true
    } catch (err) {
      if (isSessionExpired(err)) this.hooks.onSessionExpired()
      runInAction(() => (this.actionError = userMessage(err, '操作失败，请稍后再试。')))
      return false
    } finally {
      runInAction(() => (this.busy = null))
      await this.reload()
    }
  }
}
