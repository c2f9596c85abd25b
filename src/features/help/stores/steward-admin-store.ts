import { makeAutoObservable, runInAction } from 'mobx'
import type { BuildingStewards } from '../../../../types/api-help'
import type { BuildingLayout, PlaceRef } from '../../../../types/domain'
import { isSessionExpired, userMessage, type PlatformPort } from '../../../adapters/ports'
import { validateEndReason } from '../../../domain/help'
import { isMobilePhone, normalizePhone } from '../../../domain/phone'
import type { HelpRepository } from '../help-repository'

/** Staff scope as the session knows it: community staff's communities, or the whole street. */
export interface StaffScope {
  communities: PlaceRef[]
  street: boolean
}

/** 红管家安排: community → compound (search) → building; its stewards and history; assign by phone; end with a reason. */
export class StewardAdminStore {
  communities: PlaceRef[] = []
  compounds: PlaceRef[] = []
  buildings: BuildingLayout[] = []
  communityId = ''
  compoundId = ''
  buildingId = ''
  compoundQuery = ''
  view: BuildingStewards | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error: string | null = null
  phone = ''
  phoneError: string | null = null
  assigning = false
  ending: string | null = null

  constructor(
    private readonly repo: HelpRepository,
    private readonly platform: PlatformPort,
    private readonly scope: () => StaffScope,
    private readonly onSessionExpired: () => void,
  ) {
    makeAutoObservable<StewardAdminStore, 'repo' | 'platform' | 'scope' | 'onSessionExpired'>(this, {
      repo: false,
      platform: false,
      scope: false,
      onSessionExpired: false,
    })
  }

  /** The communities offered: one's own (community staff) or all (street staff); one alone is chosen at once. */
  async start(): Promise<void> {
    const s = this.scope()
    try {
      const communities = s.street ? await this.repo.communities() : s.communities
      runInAction(() => (this.communities = communities))
      if (communities.length === 1 && !this.communityId) await this.chooseCommunity(communities[0]!.id)
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseCommunity(id: string): Promise<void> {
    this.communityId = id
    this.compoundId = ''
    this.buildingId = ''
    this.buildings = []
    this.view = null
    await this.searchCompounds(this.compoundQuery)
  }

  async searchCompounds(q: string): Promise<void> {
    this.compoundQuery = q
    if (!this.communityId) return
    try {
      const compounds = await this.repo.compounds(this.communityId, q)
      runInAction(() => (this.compounds = compounds))
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseCompound(id: string): Promise<void> {
    this.compoundId = id
    this.buildingId = ''
    this.view = null
    try {
      const buildings = await this.repo.buildings(id)
      runInAction(() => (this.buildings = buildings))
    } catch (err) {
      this.failed(err)
    }
  }

  async chooseBuilding(id: string): Promise<void> {
    this.buildingId = id
    this.view = null
    await this.reload()
  }

  async reload(): Promise<void> {
    const id = this.buildingId
    if (!id) return
    this.status = 'loading'
    try {
      const view = await this.repo.buildingStewards(id)
      runInAction(() => {
        if (this.buildingId !== id) return
        this.view = view
        this.status = 'ready'
        this.error = null
      })
    } catch (err) {
      this.failed(err)
      runInAction(() => (this.status = 'error'))
    }
  }

  setPhone(phone: string): void {
    this.phone = phone
    this.phoneError = null
  }

  async assign(): Promise<boolean> {
    const phone = normalizePhone(this.phone)
    if (!isMobilePhone(phone)) {
      this.phoneError = '请填写正确的11位手机号。'
      return false
    }
    if (!this.buildingId || this.assigning) return false
    this.assigning = true
    try {
      await this.repo.assign(this.buildingId, phone)
      runInAction(() => (this.phone = ''))
      this.platform.toast('已安排红管家', 'success')
      await this.reload()
      return true
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      runInAction(() => (this.phoneError = userMessage(err, '安排失败，请稍后再试。')))
      return false
    } finally {
      runInAction(() => (this.assigning = false))
    }
  }

  /** Ends an assignment; the reason is checked here with the server's own rule first. */
  async end(assignmentId: string, reason: string): Promise<boolean> {
    const problem = validateEndReason(reason)
    if (problem) {
      this.platform.toast(problem, 'none')
      return false
    }
    if (this.ending) return false
    this.ending = assignmentId
    try {
      await this.repo.endAssignment(assignmentId, reason.trim())
      this.platform.toast('已结束这条安排', 'success')
      await this.reload()
      return true
    } catch (err) {
      if (isSessionExpired(err)) this.onSessionExpired()
      this.platform.toast(userMessage(err, '操作失败，请稍后再试。'), 'none')
      return false
    } finally {
      runInAction(() => (this.ending = null))
    }
  }

  reset(): void {
    this.communities = []
    this.compounds = []
    this.buildings = []
    this.communityId = ''
    this.compoundId = ''
    this.buildingId = ''
    this.compoundQuery = ''
    this.view = null
    this.status = 'idle'
    this.error = null
    this.phone = ''
    this.phoneError = null
    this.assigning = false
    this.ending = null
  }

  private failed(err: unknown): void {
    if (isSessionExpired(err)) this.onSessionExpired()
    runInAction(() => (this.error = userMessage(err, '加载失败，请稍后再试。')))
  }
}
