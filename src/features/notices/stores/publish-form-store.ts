import { makeAutoObservable, runInAction } from 'mobx'
import type { NoticeCategory, NoticeImage, NoticeInput, PublishTarget } from '@contract/domain'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { NOTICE_LIMITS, validateDraft, validateNotice, type NoticeField, type NoticeValidated } from '@/domain/notice'
import { tooLarge } from '@/features/shared/uploads'
import { dayOf, dayStartIso } from '@/domain/time'
import { noticeForm } from '@contract/contract/notices'
import { formErrors } from '@contract/contract/form-errors'
import { FormModel, firstErrors } from '@/stores/form-model'
import type { LoadStatus } from '@/stores/status'
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
  targetsStatus: LoadStatus = 'idle'
  /** The draft, touched fields and shown errors; errors come from the contract schema and the server's own rule (validateNotice). */
  readonly form: FormModel<NoticeDraft, NoticeField>
  /** The published notice being edited, or null for a new one (or a draft). */
  editingId: string | null = null
  /** The saved draft this form continues, or null. */
  draftId: string | null = null
  /** Uploaded images, in the order they will show. */
  images: NoticeImage[] = []
  uploading = false
  savingDraft = false
  previewing = false
  submitting = false
  serverError: string | null = null

  constructor(
    private readonly repo: NoticesRepository,
    private readonly platform: PlatformPort,
    private readonly hooks: { onPublished: (noticeId: string) => void; onDraftSaved?: () => void },
  ) {
    this.form = new FormModel<NoticeDraft, NoticeField>(
      () => ({ ...EMPTY }),
      // The contract's schema (what the server checks first), then the server's rule (lengths, dates in order).
      () => {
        const v = this.validated
        return firstErrors<NoticeField>(formErrors(noticeForm, this.input), v.ok ? {} : v.errors)
      },
    )
    makeAutoObservable<PublishFormStore, 'repo' | 'platform' | 'hooks'>(this, { repo: false, platform: false, hooks: false, form: false })
  }

  get draft(): NoticeDraft { return this.form.values }

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
      ...(this.images.length ? { imageIds: this.images.map((i) => i.id) } : {}),
    }
  }

  get canAddImages(): boolean {
    return this.images.length < NOTICE_LIMITS.imagesMax && !this.uploading
  }

  /** 存草稿 is for new notices and drafts, not for edits of a published one. */
  get canSaveDraft(): boolean {
    return !this.editingId
  }

  get validated(): NoticeValidated {
    return validateNotice(this.input)
  }

  /** Errors of the fields the person has touched (all of them after a publish attempt). */
  get errors(): Partial<Record<NoticeField, string>> { return this.form.errors }

  /** 12/40 under the title. */
  get titleCounter(): string {
    return `${[...this.draft.title.trim()].length}/${NOTICE_LIMITS.titleMax}`
  }

  get targetNames(): string[] {
    return this.targets.map((t) => t.name)
  }

  /** Opens a blank form (or the notice to edit) with the places the person may publish to. */
  async start(editId: string | null = null): Promise<void> {
    this.form.reset()
    this.editingId = editId
    this.draftId = null
    this.images = []
    this.previewing = false
    this.serverError = null
    this.targetsStatus = 'loading'
    try {
      const [targets, notice] = await Promise.all([this.repo.targets(), editId ? this.repo.get(editId) : Promise.resolve(null)])
      runInAction(() => {
        this.targets = targets
        this.targetsStatus = 'ready'
        if (targets.length === 1) this.draft.target = 0
        if (notice) {
          // A draft is continued and then published; a published notice is edited.
          if (notice.status === 'draft') {
            this.draftId = notice.id
            this.editingId = null
          }
          this.images = notice.images
          this.form.load({
            target: targets.findIndex((t) => t.scope === notice.scope && t.targetId === notice.targetId),
            title: notice.title,
            body: notice.body,
            category: notice.category,
            pinned: notice.pinned,
            urgent: notice.urgent,
            effectiveFrom: notice.effectiveFrom ? dayOf(notice.effectiveFrom) : '',
            expiresAt: notice.expiresAt ? dayOf(notice.expiresAt) : '',
          })
        }
      })
    } catch (err) {
      runInAction(() => {
        this.targetsStatus = 'error'
        this.serverError = userMessage(err, '加载失败，请稍后再试。')
      })
    }
  }

  set<K extends DraftField>(field: K, value: NoticeDraft[K]): void {
    this.form.set(field, value, FIELD_OF[field] ?? [])
    this.serverError = null
  }

  /** 预览: only a notice that would be accepted; otherwise every problem shows. */
  preview(): boolean {
    this.previewing = this.form.showAllErrors() && this.validated.ok
    return this.previewing
  }

  backToEdit(): void {
    this.previewing = false
  }

  /** Publishes (or saves the edit); the server's own message shows when it refuses. */
  async submit(): Promise<string | null> {
    const valid = this.form.showAllErrors()
    const v = this.validated
    if (!valid || !v.ok || this.submitting) return null
    this.submitting = true
    this.serverError = null
    try {
      const id = this.editingId ? await this.repo.update(this.editingId, v.value) : await this.repo.publish(v.value, this.draftId)
      runInAction(() => {
        this.previewing = false
        this.draftId = null
        this.images = []
        this.form.reset()
      })
      this.platform.toast(this.editingId ? '已保存修改' : '已发布', 'success')
      this.hooks.onPublished(id)
      return id
    } catch (err) {
      runInAction(() => {
        this.serverError = userMessage(err, '发布失败，请稍后再试。')
        this.previewing = false
      })
      return null
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  /** Picks images and uploads each at once, so a refused one is known while writing. */
  async addImages(): Promise<void> {
    if (!this.canAddImages) return
    let picked
    try {
      picked = await this.platform.chooseImages(NOTICE_LIMITS.imagesMax - this.images.length)
    } catch {
      return // cancelled
    }
    runInAction(() => (this.uploading = true))
    try {
      for (const file of picked) {
        const problem = tooLarge(file, 'notice')
        if (problem) {
          this.platform.toast(problem)
          continue
        }
        const image = await this.repo.uploadImage(file)
        runInAction(() => this.images.push(image))
      }
    } catch (err) {
      this.platform.toast(userMessage(err, '图片上传失败，请稍后再试。'))
    } finally {
      runInAction(() => (this.uploading = false))
    }
  }

  removeImage(id: string): void {
    this.images = this.images.filter((i) => i.id !== id)
  }

  /** 存草稿: keeps what is written so far on the server, to finish later (listed in 我发布的). */
  async saveDraft(): Promise<string | null> {
    if (!this.canSaveDraft || this.savingDraft) return null
    const v = validateDraft(this.input)
    if (!v.ok) {
      this.serverError = v.first
      return null
    }
    this.savingDraft = true
    this.serverError = null
    try {
      const id = await this.repo.saveDraft(v.value, this.draftId)
      runInAction(() => (this.draftId = id))
      this.platform.toast('已存草稿', 'success')
      this.hooks.onDraftSaved?.()
      return id
    } catch (err) {
      runInAction(() => (this.serverError = userMessage(err, '草稿保存失败，请稍后再试。')))
      return null
    } finally {
      runInAction(() => (this.savingDraft = false))
    }
  }

  /** Deletes the draft this form continues; the form is then blank. */
  async deleteDraft(): Promise<boolean> {
    const id = this.draftId
    if (!id) return false
    try {
      await this.repo.deleteDraft(id)
      runInAction(() => {
        this.draftId = null
        this.images = []
        this.form.reset()
      })
      this.platform.toast('草稿已删除', 'success')
      this.hooks.onDraftSaved?.()
      return true
    } catch (err) {
      runInAction(() => (this.serverError = userMessage(err, '删除失败，请稍后再试。')))
      return false
    }
  }

  reset(): void {
    this.draftId = null
    this.images = []
    this.uploading = false
    this.savingDraft = false
    this.targets = []
    this.targetsStatus = 'idle'
    this.form.reset()
    this.editingId = null
    this.previewing = false
    this.submitting = false
    this.serverError = null
  }
}
