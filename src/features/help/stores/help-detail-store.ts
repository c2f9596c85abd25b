import { makeAutoObservable, runInAction } from 'mobx'
import type { HelpRequestDetail } from '@contract/api-help'
import type { PlatformPort } from '@/adapters/ports'
import { helpStatusLabel, validateReply, validateResolveNote } from '@/domain/help'
import { Mutation } from '@/stores/mutation'
import { Resource } from '@/stores/resource'
import type { HelpRepository } from '../help-repository'

type Action = 'accept' | 'reply' | 'resolve' | 'cancel'

/** One request with its timeline, and what the caller may do: accept, reply, resolve, cancel. */
export class HelpDetailStore {
  id: string | null = null
  forUserId: string | null = null
  readonly request: Resource<HelpRequestDetail>
  replyText = ''
  resolveNote = ''
  private running: Action | null = null
  private readonly action: Mutation

  constructor(
    private readonly repo: HelpRepository,
    platform: PlatformPort,
    private readonly hooks: { onChanged: () => void },
  ) {
    this.request = new Resource(() => this.repo.get(this.id!, this.forUserId ?? undefined))
    this.action = new Mutation({ platform, toastErrors: false })
    makeAutoObservable<HelpDetailStore, 'repo' | 'hooks' | 'action'>(this, { repo: false, hooks: false, action: false, request: false })
  }

  get detail(): HelpRequestDetail | null { return this.request.value }
  get status() { return this.request.status }
  get error(): string | null { return this.request.error }

  /** The action running, if any (its button shows the spinner). */
  get busy(): Action | null {
    return this.action.busy ? this.running : null
  }

  get actionError(): string | null { return this.action.error }

  get statusLabel(): string {
    return this.detail ? helpStatusLabel(this.detail) : ''
  }

  async open(id: string, forUserId: string | null = null): Promise<void> {
    if (id !== this.id) {
      this.request.reset()
      this.replyText = ''
      this.resolveNote = ''
    }
    this.id = id
    this.forUserId = forUserId
    this.action.clearError()
    await this.reload()
  }

  async reload(): Promise<void> {
    if (!this.id) return
    await this.request.load()
  }

  setReply(text: string): void {
    this.replyText = text
    this.action.clearError()
  }

  setNote(text: string): void {
    this.resolveNote = text
    this.action.clearError()
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
    this.id = null
    this.forUserId = null
    this.request.reset()
    this.replyText = ''
    this.resolveNote = ''
    this.running = null
    this.action.reset()
  }

  private async refuse(message: string): Promise<boolean> {
    await this.action.refuse(message)
    return false
  }

  /** Runs one action; whatever happens the request is reloaded, since someone else may have acted first. */
  private async act(action: Action, run: (id: string) => Promise<void>, done: string, after?: () => void): Promise<boolean> {
    const id = this.id
    if (!id || this.action.busy) return false
    this.running = action
    const ok = await this.action.run(
      async () => {
        await run(id)
        runInAction(() => after?.())
        return true
      },
      { success: done },
    )
    if (ok) this.hooks.onChanged()
    await this.reload()
    return ok === true
  }
}
