import { makeAutoObservable, runInAction } from 'mobx'
import type { ApplicantKind, WelfareApplicationFields, WelfareCategory, WelfareProgramme } from '@contract/api-welfare'
import type { PlaceRef, UploadRef } from '@contract/domain'
import { userMessage, type PlatformPort, type StoragePort } from '@/adapters/ports'
import { parseYuan, yuanInput } from '@/domain/money'
import { validateApplication, WELFARE_LIMITS, type FieldErrors, type WelfareField } from '@/domain/welfare'
import { formErrors } from '@contract/contract/form-errors'
import { welfareApplicationForm } from '@contract/contract/welfare'
import { FormModel, firstErrors } from '@/stores/form-model'
import type { LoadStatus } from '@/stores/status'
import type { Subscriptions } from '@/features/shared/subscribe'
import { tooLarge } from '@/features/shared/uploads'
import type { WelfareRepository } from '../welfare-repository'

export interface ItemDraft {
  name: string
  /** What the person typed, in yuan. */
  yuan: string
}

export interface FormDraft {
  applicantKind: ApplicantKind
  orgName: string
  orgRegNo: string
  showFullName: boolean
  projectName: string
  category: WelfareCategory | ''
  beneficiaries: string
  beneficiaryCount: string
  communityIds: string[]
  startDate: string
  endDate: string
  items: ItemDraft[]
  description: string
  outcomes: string
}

const EMPTY: FormDraft = {
  applicantKind: 'self',
  orgName: '',
  orgRegNo: '',
  showFullName: false,
  projectName: '',
  category: '',
  beneficiaries: '',
  beneficiaryCount: '',
  communityIds: [],
  startDate: '',
  endDate: '',
  items: [{ name: '', yuan: '' }],
  description: '',
  outcomes: '',
}

/** How long typing must pause before the draft is saved on the server. */
export const AUTOSAVE_MS = 1000

export interface FormDeps {
  repo: WelfareRepository
  platform: PlatformPort
  storage: StoragePort
  subscriptions: Subscriptions
  userId: () => string | null
  onSubmitted: (applicationId: string) => void
}

/** 申请彩虹桥项目: the form checks as people type with the server's rules, saves a server draft after a pause, and submits. */
export class ApplicationFormStore {
  programme: WelfareProgramme | null = null
  communities: PlaceRef[] = []
  applicationId: string | null = null
  /** The draft, touched fields and shown errors; errors come from the contract schema and the server's own rule (validateApplication). */
  readonly form: FormModel<FormDraft, WelfareField>
  attachments: UploadRef[] = []
  status: LoadStatus = 'idle'
  saveState: 'idle' | 'pending' | 'saving' | 'saved' | 'error' = 'idle'
  submitting = false
  uploading = false
  serverError: string | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private dirty = false
  private saving: Promise<void> | null = null

  constructor(private readonly deps: FormDeps) {
    this.form = new FormModel<FormDraft, WelfareField>(
      () => ({ ...EMPTY, items: [{ name: '', yuan: '' }] }),
      () => this.allErrors,
    )
    makeAutoObservable<ApplicationFormStore, 'deps' | 'timer' | 'saving'>(this, { deps: false, timer: false, saving: false, form: false })
  }

  get draft(): FormDraft { return this.form.values }

  /** Each budget line's amount as fen, or its problem in words. */
  get parsedItems(): Array<{ name: string; fen: number | null; error: string | null }> {
    return this.draft.items.map((it, i) => {
      if (!it.yuan.trim() && !it.name.trim()) return { name: '', fen: null, error: null }
      const p = parseYuan(it.yuan, `第${i + 1}项的金额`)
      return p.ok ? { name: it.name, fen: p.fen, error: null } : { name: it.name, fen: null, error: p.error }
    })
  }

  get totalFen(): number {
    return this.parsedItems.reduce((s, i) => s + (i.fen ?? 0), 0)
  }

  /** The fields as the server takes them; budget lines only when every amount reads as money. */
  get fields(): WelfareApplicationFields {
    const d = this.draft
    const lines = this.parsedItems.filter((i) => i.fen !== null || i.error)
    const itemsOk = lines.every((i) => !i.error)
    const count = d.beneficiaryCount.trim()
    return {
      applicantKind: d.applicantKind,
      orgName: d.applicantKind === 'self' ? '' : d.orgName,
      orgRegNo: d.applicantKind === 'organisation' ? d.orgRegNo : '',
      showFullName: d.showFullName,
      projectName: d.projectName,
      ...(d.category ? { category: d.category } : {}),
      beneficiaries: d.beneficiaries,
      ...(count ? { beneficiaryCount: /^\d+$/.test(count) ? Number(count) : NaN } : {}),
      communityIds: d.communityIds,
      ...(d.startDate ? { startDate: d.startDate } : {}),
      ...(d.endDate ? { endDate: d.endDate } : {}),
      ...(itemsOk ? { items: lines.map((i) => ({ name: i.name, amountFen: i.fen! })), totalFen: lines.reduce((s, i) => s + i.fen!, 0) } : {}),
      description: d.description,
      outcomes: d.outcomes,
      attachmentIds: this.attachments.map((a) => a.id),
    }
  }

  private rules(complete: boolean) {
    return { complete, capFen: this.programme?.capFen, categories: this.programme?.categories }
  }

  /** Every problem of the application as it would be submitted. */
  get allErrors(): FieldErrors<WelfareField> {
    const v = validateApplication(this.fields as Record<string, unknown>, this.rules(true))
    const bad = this.parsedItems.find((i) => i.error)
    // A budget line's own money sentence, then the contract's schema, then the server's rule (totals, dates, cap).
    return firstErrors<WelfareField>(bad ? { items: bad.error! } : {}, formErrors(welfareApplicationForm, this.fields), v.ok ? {} : v.errors)
  }

  /** Problems of the fields touched (every one after a submit attempt). */
  get errors(): FieldErrors<WelfareField> { return this.form.errors }

  /** A draft the server would keep as it is (well-formed, maybe incomplete). */
  get savable(): boolean {
    return validateApplication(this.fields as Record<string, unknown>, this.rules(false)).ok && this.parsedItems.every((i) => !i.error)
  }

  get canSubmit(): boolean {
    return this.programme?.phase === 'open'
  }

  private draftKey(programmeId: string): string | null {
    const user = this.deps.userId()
    return user ? `tongxin.welfareDraft.${user}.${programmeId}` : null
  }

  /** Opens the form: the application given, else the draft this person left for the programme, else a blank one. */
  async start(programmeId: string, applicationId: string | null = null): Promise<void> {
    this.clear()
    this.status = 'loading'
    const key = this.draftKey(programmeId)
    const resume = applicationId ?? (key ? this.deps.storage.get(key) : null)
    try {
      const [{ programme }, communities, home, app] = await Promise.all([
        this.deps.repo.programme(programmeId),
        this.deps.repo.communities(),
        this.deps.repo.homeCommunityId(),
        resume ? this.deps.repo.get(resume).catch(() => null) : Promise.resolve(null),
      ])
      runInAction(() => {
        this.programme = programme
        this.communities = communities
        const editable = app && (app.status === 'draft' || app.status === 'revise')
        if (app && editable) {
          this.applicationId = app.id
          this.attachments = app.attachments
          const f = app.fields
          this.form.load({
            applicantKind: f.applicantKind ?? 'self',
            orgName: f.orgName ?? '',
            orgRegNo: f.orgRegNo ?? '',
            showFullName: f.showFullName ?? false,
            projectName: f.projectName ?? '',
            category: f.category ?? '',
            beneficiaries: f.beneficiaries ?? '',
            beneficiaryCount: f.beneficiaryCount ? String(f.beneficiaryCount) : '',
            communityIds: f.communityIds ?? [],
            startDate: f.startDate ?? '',
            endDate: f.endDate ?? '',
            items: f.items?.length ? f.items.map((i) => ({ name: i.name, yuan: yuanInput(i.amountFen) })) : [{ name: '', yuan: '' }],
            description: f.description ?? '',
            outcomes: f.outcomes ?? '',
          })
        } else {
          if (key && resume && !applicationId) this.deps.storage.remove(key)
          if (home && communities.some((c) => c.id === home)) this.form.values.communityIds = [home]
        }
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.status = 'error'
        this.serverError = userMessage(err, '加载失败，请稍后再试。')
      })
    }
  }

  set<K extends keyof FormDraft>(field: K, value: FormDraft[K]): void {
    // The end date is checked against the start: changing the start shows the end's problem too.
    this.form.set(field, value, field === 'startDate' ? [field, 'endDate'] : [field])
    this.changed()
  }

  toggleCommunity(id: string): void {
    const ids = this.draft.communityIds
    this.set('communityIds', ids.includes(id) ? ids.filter((c) => c !== id) : [...ids, id])
  }

  setItem(index: number, key: keyof ItemDraft, value: string): void {
    this.form.set(
      'items',
      this.draft.items.map((it, i) => (i === index ? { ...it, [key]: value } : it)),
      ['items', 'totalFen'],
    )
    this.changed()
  }

  addItem(): void {
    if (this.draft.items.length >= WELFARE_LIMITS.itemsMax) return
    this.form.set('items', [...this.draft.items, { name: '', yuan: '' }], [])
  }

  removeItem(index: number): void {
    const items = this.draft.items.filter((_, i) => i !== index)
    this.form.set('items', items.length ? items : [{ name: '', yuan: '' }], [])
    this.changed()
  }

  /** 添加附件: images or PDFs picked and uploaded now, attached when the draft is saved. */
  async addAttachments(): Promise<void> {
    const left = WELFARE_LIMITS.attachmentsMax - this.attachments.length
    if (left <= 0 || this.uploading) return
    let picked
    try {
      picked = await this.deps.platform.chooseDocuments(left)
    } catch {
      return // cancelled
    }
    const big = picked.map((f) => tooLarge(f, 'welfare')).find((m) => m)
    if (big) return void this.deps.platform.toast(big, 'none')
    this.uploading = true
    try {
      const refs = await Promise.all(picked.map((f) => this.deps.repo.upload(f, 'welfare')))
      runInAction(() => (this.attachments = [...this.attachments, ...refs]))
      this.changed()
    } catch (err) {
      runInAction(() => (this.serverError = userMessage(err, '附件上传失败，请稍后再试。')))
    } finally {
      runInAction(() => (this.uploading = false))
    }
  }

  removeAttachment(id: string): void {
    this.attachments = this.attachments.filter((a) => a.id !== id)
    this.changed()
  }

  private changed(): void {
    this.serverError = null
    this.dirty = true
    this.saveState = 'pending'
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS)
  }

  /** Saves now what is waiting (the debounce's end, leaving the page, submitting). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.saving) await this.saving
    if (!this.dirty || !this.programme) return
    if (!this.savable) {
      this.saveState = 'idle'
      return
    }
    this.dirty = false
    this.saveState = 'saving'
    const programmeId = this.programme.id
    this.saving = (async () => {
      try {
        const id = await this.deps.repo.save(programmeId, this.applicationId, this.fields)
        runInAction(() => {
          this.applicationId = id
          this.saveState = this.dirty ? 'pending' : 'saved'
        })
        const key = this.draftKey(programmeId)
        if (key) this.deps.storage.set(key, id)
      } catch (err) {
        runInAction(() => {
          this.dirty = true
          this.saveState = 'error'
          this.serverError = userMessage(err, '草稿保存失败，请检查网络。')
        })
      } finally {
        this.saving = null
      }
    })()
    await this.saving
  }

  /** 提交申请: asks WeChat for the update messages first (inside the tap), then saves and submits. */
  async submit(): Promise<string | null> {
    const asked = this.deps.subscriptions.ask(['welfareUpdate'])
    if (!this.form.showAllErrors() || this.submitting || !this.programme) return null
    this.submitting = true
    this.serverError = null
    try {
      await asked
      this.dirty = true
      await this.flush()
      const id = this.applicationId
      if (!id || this.saveState === 'error') return null
      await this.deps.repo.submit(id)
      const key = this.draftKey(this.programme.id)
      if (key) this.deps.storage.remove(key)
      this.deps.platform.toast('已提交，等待社区初审', 'success')
      this.deps.onSubmitted(id)
      return id
    } catch (err) {
      runInAction(() => (this.serverError = userMessage(err, '提交失败，请稍后再试。')))
      return null
    } finally {
      runInAction(() => (this.submitting = false))
    }
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.programme = null
    this.communities = []
    this.applicationId = null
    this.form.reset()
    this.attachments = []
    this.saveState = 'idle'
    this.submitting = false
    this.uploading = false
    this.serverError = null
    this.dirty = false
  }

  reset(): void {
    this.clear()
    this.status = 'idle'
  }
}
