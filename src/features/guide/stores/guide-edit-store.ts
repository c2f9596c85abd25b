import { makeAutoObservable, runInAction } from 'mobx'
import type { GuideItem, PlaceRef } from '@contract/domain'
import { userMessage, type PlatformPort } from '@/adapters/ports'
import { guideContract } from '@contract/contract/family'
import { formErrors } from '@contract/contract/form-errors'
import { GUIDE_MESSAGES } from '@/domain/messages'
import { FormModel, firstErrors, type FieldErrors } from '@/stores/form-model'
import { Mutation } from '@/stores/mutation'
import { pullDown } from '@/stores/pull-down'
import { StaleGuard } from '@/stores/stale-guard'
import type { LoadStatus } from '@/stores/status'
import type { GuideItemDraft, GuideRepository } from '../guide-repository'
import { byOrder } from './guide-store'

type GuideField = keyof GuideItemDraft | 'communityId'

/** Community staff editing their community's newcomer guide: the content is data, not code. */
export class GuideEditStore {
  communities: PlaceRef[] = []
  community: PlaceRef | null = null
  items: GuideItem[] = []
  status: LoadStatus = 'idle'
  error: string | null = null
  refreshing = false
  /** The item being written (new when it has no itemId), checked by the saveGuideItem schema; shown while `writing`. */
  readonly item = new FormModel<GuideItemDraft, GuideField>(() => ({ title: '', body: '', order: 1 }), (d) => this.check(d))
  writing = false
  /** An item being deleted or moved. */
  busyId: string | null = null
  private readonly guard = new StaleGuard()
  private readonly saver: Mutation

  constructor(
    private readonly repo: GuideRepository,
    private readonly platform: PlatformPort,
    /** The communities the signed-in staff member works for. */
    private readonly ownCommunities: () => PlaceRef[],
  ) {
    this.saver = new Mutation({ platform, toastErrors: false, failure: '保存失败，请稍后再试。' })
    makeAutoObservable<GuideEditStore, 'repo' | 'platform' | 'ownCommunities' | 'guard' | 'saver' | 'check'>(this, {
      repo: false,
      platform: false,
      ownCommunities: false,
      guard: false,
      saver: false,
      item: false,
      check: false,
    })
  }

  get saving(): boolean { return this.saver.busy }
  get editError(): string | null { return this.saver.error }

  /** The item being written (new when it has no itemId), or null. */
  get editing(): GuideItemDraft | null {
    return this.writing ? this.item.values : null
  }

  /** An empty title or body says so plainly; then the contract's schema (lengths, characters, order) as the server checks it. */
  private check(d: GuideItemDraft): FieldErrors<GuideField> {
    const empty: FieldErrors<GuideField> = {}
    if (!d.title.trim()) empty.title = GUIDE_MESSAGES.title
    if (!d.body.trim()) empty.body = GUIDE_MESSAGES.body
    const params = { communityId: this.community?.id, ...d, title: d.title.trim(), body: d.body.trim() }
    return firstErrors<GuideField>(empty, formErrors(guideContract.saveGuideItem, params))
  }

  get sorted(): GuideItem[] {
    return [...this.items].sort(byOrder)
  }

  /** The communities this staff member edits (their own, from `me`); with one, it is chosen for them. */
  async open(): Promise<void> {
    const own = this.ownCommunities()
    this.communities = own
    this.status = 'ready'
    this.error = null
    const only = own.length === 1 ? own[0] : undefined
    if (only) await this.pickCommunity(only.id)
  }

  async pickCommunity(id: string): Promise<void> {
    const community = this.communities.find((c) => c.id === id)
    if (!community) return
    this.community = community
    this.items = []
    this.writing = false
    await this.loadItems()
  }

  async loadItems(): Promise<void> {
    const community = this.community
    if (!community) return
    const current = this.guard.next()
    if (this.items.length === 0) this.status = 'loading'
    try {
      const items = await this.repo.items(community.id)
      runInAction(() => {
        if (!current()) return
        this.items = items
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (current()) this.failed(err, '指南条目加载失败，请下拉刷新重试。')
      })
    }
  }

  refresh(): Promise<void> {
    return pullDown(this, () => (this.community ? this.loadItems() : this.open()))
  }

  startNew(): void {
    const last = this.sorted[this.sorted.length - 1]
    this.item.load({ title: '', body: '', order: last ? last.order + 1 : 1 })
    this.writing = true
    this.saver.clearError()
  }

  startEdit(itemId: string): void {
    const item = this.items.find((i) => i.id === itemId)
    if (!item) return
    this.item.load({ itemId: item.id, title: item.title, body: item.body, order: item.order })
    this.writing = true
    this.saver.clearError()
  }

  setTitle(title: string): void {
    if (this.writing) this.item.set('title', title)
  }

  setBody(body: string): void {
    if (this.writing) this.item.set('body', body)
  }

  cancelEdit(): void {
    this.writing = false
    this.saver.clearError()
  }

  /** Saves the item being written, refused here with the server's own sentences when a field is wrong. */
  async save(): Promise<boolean> {
    const draft = this.editing && { ...this.editing }
    const community = this.community
    if (!draft || !community || this.saving) return false
    if (!this.item.showAllErrors()) {
      await this.saver.refuse(Object.values(this.item.allErrors).find(Boolean) ?? GUIDE_MESSAGES.title)
      return false
    }
    const done = await this.saver.run(
      async () => {
        const itemId = await this.repo.save(community.id, { ...draft, title: draft.title.trim(), body: draft.body.trim() })
        runInAction(() => {
          const saved: GuideItem = { id: itemId, title: draft.title.trim(), body: draft.body.trim(), order: draft.order, done: false }
          const i = this.items.findIndex((x) => x.id === itemId)
          if (i >= 0) this.items[i] = { ...saved, done: this.items[i]?.done ?? false }
          else this.items.push(saved)
          this.writing = false
        })
        return true
      },
      { success: '已保存' },
    )
    return done === true
  }

  async remove(itemId: string): Promise<void> {
    if (this.busyId) return
    const current = this.guard.current()
    this.busyId = itemId
    try {
      await this.repo.remove(itemId)
      runInAction(() => (this.items = this.items.filter((i) => i.id !== itemId)))
    } catch (err) {
      if (current()) this.report(err, '删除失败，请稍后再试。')
    } finally {
      runInAction(() => (this.busyId = null))
    }
  }

  /** Moves an item one place up (-1) or down (+1) by swapping order with its neighbour: buttons, not dragging. */
  async move(itemId: string, step: -1 | 1): Promise<void> {
    const community = this.community
    const list = this.sorted
    const i = list.findIndex((x) => x.id === itemId)
    const a = list[i]
    const b = list[i + step]
    if (!community || !a || !b || this.busyId) return
    const current = this.guard.current()
    this.busyId = itemId
    // Equal orders would not move anything: give the pair distinct places first.
    const [orderA, orderB] = a.order === b.order ? [b.order + step, a.order] : [b.order, a.order]
    try {
      await this.repo.save(community.id, { itemId: a.id, title: a.title, body: a.body, order: orderA })
      await this.repo.save(community.id, { itemId: b.id, title: b.title, body: b.body, order: orderB })
      runInAction(() => {
        this.items = this.items.map((x) => (x.id === a.id ? { ...x, order: orderA } : x.id === b.id ? { ...x, order: orderB } : x))
      })
    } catch (err) {
      if (!current()) return
      this.report(err, '调整顺序失败，请下拉刷新后再试。')
      void this.loadItems()
    } finally {
      runInAction(() => (this.busyId = null))
    }
  }

  reset(): void {
    this.guard.invalidate()
    this.communities = []
    this.community = null
    this.items = []
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.writing = false
    this.item.reset()
    this.saver.reset()
    this.busyId = null
  }

  private report(err: unknown, fallback: string): void {
    this.platform.toast(userMessage(err, fallback), 'none')
  }

  private failed(err: unknown, fallback: string): void {
    this.error = userMessage(err, fallback)
    this.status = this.items.length > 0 ? 'ready' : 'error'
  }
}
