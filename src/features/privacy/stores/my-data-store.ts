import { makeAutoObservable, runInAction } from 'mobx'
import type { MyDataExport } from '@contract/domain'
import { ApiError, type PlatformPort } from '@/adapters/ports'
import { Resource } from '@/stores/resource'
import { StaleGuard } from '@/stores/stale-guard'
import type { Loadable } from '@/stores/status'
import { isoDay } from '@/domain/time'
import type { PrivacyRepository } from '../privacy-repository'

/** Deleting takes two deliberate steps: open the explanation, then confirm with the box ticked. */
export type DeleteStep = 'idle' | 'confirming' | 'deleting'

export interface MyDataDeps {
  /** The account is gone on the server: sign out on this device and forget everything local. */
  onDeleted: () => Promise<void>
  now?: () => Date
}

/** 我的数据: see everything held about me, take it away as a JSON file, delete my account. */
export class MyDataStore implements Loadable {
  readonly view: Resource<MyDataExport>
  exporting = false
  deleteStep: DeleteStep = 'idle'
  understood = false
  deleteError: string | null = null
  // Voided by reset(): a delete that fails after sign-out leaves nothing on screen.
  private readonly guard = new StaleGuard()

  constructor(
    private readonly repo: PrivacyRepository,
    private readonly platform: PlatformPort,
    private readonly deps: MyDataDeps,
  ) {
    this.view = new Resource(() => repo.exportMyData(), '数据加载失败，请下拉刷新重试。')
    makeAutoObservable<MyDataStore, 'repo' | 'platform' | 'deps' | 'guard'>(this, { repo: false, platform: false, deps: false, guard: false, view: false })
  }

  get data(): MyDataExport | null { return this.view.value }
  get status() { return this.view.status }
  get error(): string | null { return this.view.error }
  get refreshing(): boolean { return this.view.refreshing }

  get fileName(): string {
    return `tongxin-my-data-${isoDay(this.deps.now?.() ?? new Date())}.json`
  }

  load(): Promise<void> {
    return this.view.load()
  }

  refresh(): Promise<void> {
    return this.view.refresh()
  }

  /**
   * Hands over what is on screen as a JSON file. Nothing is awaited before the share: WeChat
   * opens its share sheet only from within the tap.
   */
  async exportFile(): Promise<void> {
    const data = this.data
    if (!data || this.exporting) return
    this.exporting = true
    try {
      await this.platform.shareFile({ name: this.fileName, content: JSON.stringify(data, null, 2), mimeType: 'application/json' })
      if (this.platform.name === 'h5') this.platform.toast('已下载', 'success')
    } catch (err) {
      // Closing the share sheet is a choice, not a failure.
      if (!/cancel/i.test(err instanceof Error ? err.message : '')) this.platform.toast('导出失败，请稍后再试。', 'none')
    } finally {
      runInAction(() => (this.exporting = false))
    }
  }

  beginDelete(): void {
    this.deleteStep = 'confirming'
    this.understood = false
    this.deleteError = null
  }

  setUnderstood(value: boolean): void {
    this.understood = value
    if (value) this.deleteError = null
  }

  cancelDelete(): void {
    this.deleteStep = 'idle'
    this.understood = false
    this.deleteError = null
  }

  /** The second step: deletes the account on the server, then signs out here. */
  async confirmDelete(): Promise<boolean> {
    if (this.deleteStep !== 'confirming') return false
    if (!this.understood) {
      this.deleteError = '请先勾选“我已了解删除后无法恢复”。'
      return false
    }
    const current = this.guard.current()
    this.deleteStep = 'deleting'
    this.deleteError = null
    try {
      await this.repo.deleteMyData()
    } catch (err) {
      runInAction(() => {
        if (!current()) return
        this.deleteStep = 'confirming'
        this.deleteError = err instanceof ApiError ? err.message : '删除失败，请稍后再试。'
      })
      return false
    }
    await this.deps.onDeleted()
    this.platform.toast('账号已删除', 'success')
    return true
  }

  reset(): void {
    this.guard.invalidate()
    this.view.reset()
    this.exporting = false
    this.deleteStep = 'idle'
    this.understood = false
    this.deleteError = null
  }
}
