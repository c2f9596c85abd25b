import { makeAutoObservable, runInAction } from 'mobx'
import type { NoticeCategory, NoticeInput, PublishTarget } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { NOTICE_LIMITS, validateNotice, type NoticeField, type NoticeValidated } from '../../../domain/notice'
import { dayOf, dayStartIso } from '../../../domain/time'
import type { NoticesRepository } from '../notices-repository'

export interface NoticeDraft {
  /** Index into targets, or -1 for none chosen. */
  target: number
  title: string
  body: string
  category: NoticeCategory | ''
  pinned: boolean
  urgent: boolean
  /** Calendar days (YYYY-MM-DD) or ''. */
  effectiveFrom: string
  expiresAt: string
}

const EMPTY: NoticeDraft = { target: -1, title: '', body: '', category: '', pinned: false, urgent: false, effectiveFrom: '', expiresAt: '' }

type DraftField = keyof NoticeDraft
const FIELD_OF: Partial<Record<DraftField, NoticeField[]>> = {
  target: ['scope', 'targetId'],
  title: ['title'],
  body: ['body'],
  category: ['category'],
  effectiveFrom: ['effectiveFrom'],
  expiresAt: ['expiresAt', 'effectiveFrom'],
}

/** 发布公告 (and 编辑): the form validates as people type with the server's own rules, previews, publishes. */
export class PublishFormStore {
  targets: PublishTarget[] = []
  targetsStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  draft: NoticeDraft = { ...EMPTY }
  /** The notice being edited, or null for a new one. */
  editingId: string | null = null
  previewing = false
  submitting = false
  serverError: string | null = null
  private touched = new Set<NoticeField>()
  private showAll = false

  constructor(
    private readonly repo: NoticesRepository,
    private readonly platform: PlatformPort,
    private readonly hooks: { onPublished: (noticeId: string) => void; onSessionExpired: () => void },
  ) {
    makeAutoObservable<PublishFormStore, 'repo' | 'platform' | 'hooks'>(this, { repo: false, platform: false, hooks: false })
  }

  get input(): Partial<NoticeInput> {
    const d = this.draft
    const t = this.targets[d.target]
    return {
      ...(t ? { scope: t.scope, targetId: t.targetId } : {}),
      title: d.title,
      body: d.body,
      ...(d.category ? { category: d.category } : {}),
      pinned: d.pinned,
      urgent: d.urgent,
      ...(d.effectiveFrom ? { effectiveFrom: dayStartIso(d.effectiveFrom) } : {}),
      ...(d.expiresAt ? { expiresAt: dayStartIso(d.expiresAt) } : {}),
    }
  }

  get validated(): NoticeValidated {
    return validateNotice(this.input)
  }

  /** Errors of the fields the person has touched (all of them after a publish attempt). */
  get errors(): Partial<Record<NoticeField, string>> {
    const v = this.validated
    if (v.ok) return {}
    const shown: Partial<Record<NoticeField, string>> = {}
    for (const [field, message] of Object.entries(v.errors) as Array<[NoticeField, string]>) {
      if (this.showAll || this.touched.has(field)) shown[field] = message
    }
    return shown
  }

  /** 12/40 under the title. */
  get titleCounter(): string {
    return `${[...this.draft.title.trim()].length}/${NOTICE_LIMITS.titleMax}`
  }

  get targetNames(): string[] {
    return this.targets.map((t) => t.name)
  }

  /** Opens a blank form (or the notice to edit) with the places the person may publish to. */
  async start(editId: string | null = null): Promise<void> {
    this.draft = { ...EMPTY }
    this.editingId = editId
    this.previewing = false
    this.serverError = null
    this.touched = new Set()
    this.showAll = false
    this.targetsStatus = 'loading'
    try {
      const [targets, notice] = await Promise.all([this.repo.targets(), editId ? this.repo.get(editId) : Promise.resolve(null)])
      runInAction(() => {
        this.targets = targets
        this.targetsStatus = 'ready'
        if (targets.length === 1) this.draft.target = 0
        if (notice) {
          this.draft = {
            target: targets.findIndex((t) => t.scope === notice.scope && t.targetId === notice.targetId),
            title: notice.title,
            body: notice.body,
            category: notice.category,
            pinned: notice.pinned,
            urgent: notice.urgent,
            effectiveFrom: notice.effectiveFrom ? dayOf(notice.effectiveFrom) : '',
            expiresAt: notice.expiresAt ? dayOf(notice.expiresAt) : '',
          }
        }
      })
    } catch (err) {
      runInAction(() => {
        this.targetsStatus = 'error'
        this.serverError = userMessage(err, '加载失败，请稍后再试。')
      })
      if (isSessionExpired(err)) this.hooks.onSessionExpired()
    }
  }

  set<K extends DraftField>(field: K, value: NoticeDraft[K]): void {
    this.draft = { ...this.draft, [field]: value }
    for (const f of FIELD_OF[field] ?? []) this.touched.add(f)
    this.serverError = null
  }

  /** 预览: only a notice that would be accepted; otherwise every problem shows. */
  preview(): boolean {
    this.showAll = true
    this.previewing = this.validated.ok
    return this.previewing
  }

  backToEdit(): void {
    this.previewing = false
  }

  /** Publishes (or saves the edit); the server's own message shows when it refuses. */
  async submit(): Promise<string | null> {
    this.showAll = true
    const v = this.validated
    if (!v.ok || this.submitting) return null
    this.submitting = true
    this.serverError = null
    try {
      const id = this.editingId ? await this.repo.update(this.editingId, v.value) : await this.repo.publish(v.value)
      runInAction(() => {
        this.previewing = false
        this.draft = { ...EMPTY }
        this.touched = new Set()
        this.showAll = false
      })
      this.platform.toast(this.editingId ? '已保存修改' : '已发布', 'success')
      this.hooks.onPublished(id)
      return id
    } catch (err) {
      if (isSessionExpired(err)) this.hooks.onSessionExpired()
      runInAction(() => {
        this.serverError = userMessage(err, '发布失败，请稍后再试。')
        this.previewing = false
      })
      return null
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  reset(): void {
    this.targets = []
    this.targetsStatus = 'idle'
    this.draft = { ...EMPTY }
    this.editingId = null
    this.previewing = false
    this.submitting = false
    this.serverError = null
    this.touched = new Set()
    this.showAll = false
  }
}
