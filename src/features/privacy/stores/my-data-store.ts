import { makeAutoObservable, runInAction } from 'mobx'
import type { MyDataExport } from '../../../../types/domain'
import { ApiError, isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { isoDay } from '../../../domain/time'
import type { PrivacyRepository } from '../privacy-repository'

export type MyDataStatus = 'idle' | 'loading' | 'ready' | 'error'
/** Deleting takes two deliberate steps: open the explanation, then confirm with the box ticked. */
export type DeleteStep = 'idle' | 'confirming' | 'deleting'

export interface MyDataDeps {
  /** The account is gone on the server: sign out on this device and forget everything local. */
  onDeleted: () => Promise<void>
  onSessionExpired: () => void
  now?: () => Date
}

/** 我的数据: see everything held about me, take it away as a JSON file, delete my account. */
export class MyDataStore {
  data: MyDataExport | null = null
  status: MyDataStatus = 'idle'
  error: string | null = null
  refreshing = false
  exporting = false
  deleteStep: DeleteStep = 'idle'
  understood = false
  deleteError: string | null = null
  private generation = 0

  constructor(
    private readonly repo: PrivacyRepository,
    private readonly platform: PlatformPort,
    private readonly deps: MyDataDeps,
  ) {
    makeAutoObservable<MyDataStore, 'repo' | 'platform' | 'deps' | 'generation'>(this, {
      repo: false,
      platform: false,
      deps: false,
      generation: false,
    })
  }

  get fileName(): string {
    return `tongxin-my-data-${isoDay(this.deps.now?.() ?? new Date())}.json`
  }

  async load(): Promise<void> {
    const generation = this.generation
    if (!this.data) this.status = 'loading'
    try {
      const data = await this.repo.exportMyData()
      runInAction(() => {
        if (generation !== this.generation) return
        this.data = data
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      runInAction(() => {
        if (generation !== this.generation) return
        if (isSessionExpired(err)) return this.deps.onSessionExpired()
        this.error = userMessage(err, '数据加载失败，请下拉刷新重试。')
        this.status = this.data ? 'ready' : 'error'
      })
    }
  }

  async refresh(): Promise<void> {
    this.refreshing = true
    try {
      await this.load()
    } finally {
      runInAction(() => (this.refreshing = false))
    }
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
    this.deleteStep = 'deleting'
    this.deleteError = null
    try {
      await this.repo.deleteMyData()
    } catch (err) {
      runInAction(() => {
        this.deleteStep = 'confirming'
        if (isSessionExpired(err)) return this.deps.onSessionExpired()
        this.deleteError = err instanceof ApiError ? err.message : '删除失败，请稍后再试。'
      })
      return false
    }
    await this.deps.onDeleted()
    this.platform.toast('账号已删除', 'success')
    return true
  }

  reset(): void {
    this.generation++
    this.data = null
    this.status = 'idle'
    this.error = null
    this.refreshing = false
    this.exporting = false
    this.deleteStep = 'idle'
    this.understood = false
    this.deleteError = null
  }
}
